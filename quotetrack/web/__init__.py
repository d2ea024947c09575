"""The web UI (server-rendered Jinja2 pages) and the application factory."""
