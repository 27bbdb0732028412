#ifndef BAOCAO_CPOPPLER_SHIM_H
#define BAOCAO_CPOPPLER_SHIM_H
// poppler-glib gives text with layout and font attributes and renders pages through cairo.
#include <poppler.h>
#include <cairo.h>
#include <glib.h>
#endif
