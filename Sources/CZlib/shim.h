#ifndef BAOCAO_CZLIB_SHIM_H
#define BAOCAO_CZLIB_SHIM_H
// zlib reads the gzip-compressed training corpus without shelling out to gunzip.
#include <zlib.h>
#endif
