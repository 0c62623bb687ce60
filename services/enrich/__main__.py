from services.enrich.app import create_app
from stukken.platform.service import serve
from stukken.platform.settings import EnrichSettings

settings = EnrichSettings()
serve(create_app(settings), settings, settings.http_port)
