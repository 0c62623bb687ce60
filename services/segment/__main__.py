from services.segment.app import create_app
from stukken.platform.service import serve
from stukken.platform.settings import SegmentSettings

settings = SegmentSettings()
serve(create_app(settings), settings, settings.http_port)
