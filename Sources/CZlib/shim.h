#ifndef BAOCAO_CZLIB_SHIM_H
#define BAOCAO_CZLIB_SHIM_H
// zlib reads the gzip-compressed training corpus without shelling out to gunzip, and
// inflates the PDF streams of a digital signature's stamp.
#include <zlib.h>
#endif
