// Copy buttons: copy the text of the element named by data-target to the clipboard.
document.addEventListener("click", async (event) => {
  const button = event.target.closest("button.copy");
  if (!button) return;
  const source = document.getElementById(button.dataset.target);
  if (!source) return;
  const text = source.value ?? source.textContent;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    source.select?.();
    document.execCommand("copy");
  }
  const label = button.textContent;
  button.textContent = button.dataset.done || label;
  setTimeout(() => { button.textContent = label; }, 2000);
});

// Citation styles: show the one chosen in the select (all are visible without JavaScript).
for (const select of document.querySelectorAll("[data-cite-switch]")) {
  const show = () => {
    for (const block of document.querySelectorAll(".citation")) {
      block.hidden = block.dataset.style !== select.value;
    }
  };
  select.addEventListener("change", show);
  show();
}

// Search page: the filter panel is a sidebar that stays open on wide screens and a panel that
// opens on demand on phones (it is a <details>, so it works without this script too).
for (const panel of document.querySelectorAll("details[data-wide-open]")) {
  const wide = window.matchMedia("(min-width: 900px)");
  const sync = () => {
    panel.open = wide.matches;
    panel.classList.toggle("pinned", wide.matches);
  };
  sync();
  wide.addEventListener("change", sync);
}

// Search form: leave out the filters nobody filled in, so the address stays short and shareable
// (the server takes empty ones as unset anyway); enabled again when the page comes back from history.
const searchForm = document.getElementById("search-form");
if (searchForm) {
  searchForm.addEventListener("submit", () => {
    for (const field of searchForm.elements) {
      if (field.name && field.name !== "q" && field.value === "") field.disabled = true;
    }
  });
  window.addEventListener("pageshow", () => {
    for (const field of searchForm.elements) field.disabled = false;
  });
}
