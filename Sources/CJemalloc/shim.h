#ifndef BAOCAO_CJEMALLOC_SHIM_H
#define BAOCAO_CJEMALLOC_SHIM_H
// Linked for its malloc, which replaces glibc's in the whole process (poppler, tesseract and
// Swift alike): small blocks freed on another thread than the one that made them cost glibc
// about an eighth of a digital run. Only the version is read from Swift.
#include <jemalloc/jemalloc.h>
#endif
