#define _XOPEN_SOURCE 700
#include <wchar.h>
#include "cwidth.h"

int gaiko_scalar_width(unsigned int scalar) {
    return wcwidth((wchar_t)scalar);
}
