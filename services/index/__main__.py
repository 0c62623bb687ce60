from services.index.app import create_app
from stukken.platform.service import serve
from stukken.platform.settings import IndexSettings

settings = IndexSettings()
serve(create_app(settings), settings, settings.http_port)
