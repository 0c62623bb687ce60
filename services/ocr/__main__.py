from services.ocr.app import create_app
from stukken.platform.service import serve
from stukken.platform.settings import OcrSettings

settings = OcrSettings()
serve(create_app(settings), settings, settings.http_port)
