"""OCR page workers: `stukken.ocr.pages` -> a page reading in the bucket -> `stukken.ocr.done`."""
