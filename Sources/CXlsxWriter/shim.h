#ifndef BAOCAO_CXLSXWRITER_SHIM_H
#define BAOCAO_CXLSXWRITER_SHIM_H
// libxlsxwriter writes the `xlsx` output: numbers as numeric cells, whatever the locale of
// the spreadsheet that opens it (a CSV's "512.36" is text in a Vietnamese LibreOffice).
#include <xlsxwriter.h>
#endif
