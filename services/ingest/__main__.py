from services.ingest.app import create_app
from stukken.platform.service import serve
from stukken.platform.settings import IngestSettings

settings = IngestSettings()
serve(create_app(settings), settings, settings.http_port)
