"""Server-rendered web pages: login, the bureau's home, record search and record detail.

`pamoja.web.routes.mount_web(app)` adds the pages and their static files to an application built by
`pamoja.server.create_app`; pages read the `Platform` from `app.state.platform`.
"""
