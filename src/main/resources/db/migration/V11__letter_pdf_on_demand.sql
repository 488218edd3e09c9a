-- A letter's PDF is rendered from its stored HTML when first downloaded, not inside the
-- transaction that issues it: rendering 4 PDFs took ~95% of a request's start (BENCHMARKS.md).
-- The HTML stays the record of what was sent; the PDF is its rendering, kept once made.
ALTER TABLE letter ALTER COLUMN pdf DROP NOT NULL;
