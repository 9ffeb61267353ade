"""The web app's pages: server-rendered, escaped templates; every asset served by the app itself."""
