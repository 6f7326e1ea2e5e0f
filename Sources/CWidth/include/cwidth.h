#ifndef GAIKO_CWIDTH_H
#define GAIKO_CWIDTH_H

/// The C library's column width of one code point in the current locale (`wcwidth`), which
/// Swift's Glibc module does not export: -1 when it has none.
int gaiko_scalar_width(unsigned int scalar);

#endif
