#ifndef BAOCAO_CTESSERACT_SHIM_H
#define BAOCAO_CTESSERACT_SHIM_H
// The tesseract C API and leptonica (images, multi-page TIFF) it takes its pictures from.
#include <tesseract/capi.h>
#include <leptonica/allheaders.h>
#endif
