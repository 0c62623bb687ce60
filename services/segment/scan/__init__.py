"""OCR for pages without a usable text layer: pdfium renders, Tesseract reads, runs come out.

- `detect`: which pages need OCR (little text, mostly image).
- `render`: the page as a grey image, and the map from its pixels to page points.
- `tesseract`: the one way Tesseract is run (in process through tesserocr, one engine kept
  per language, one thread, a time limit).
- `hocr`: Tesseract's hOCR as lines (baseline, sizes) of words (boxes in pixels).
- `repairs`: second reads of doubtful codes and URLs, and OCR-only text repairs.
- `markers`: raised footnote markers, cut out of the page image and read as digits.
- `reader`: one scanned page -> text runs in page points, as the layout reads from pdfium.

Tesseract runs inside the worker process (`isolation`), so killing the worker ends it too.
"""
