#include "cicu.h"

#include <string.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ubrk.h>
#include <unicode/utypes.h>

int32_t cicu_charset_known(const char *charset) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *conv = ucnv_open(charset, &status);
    if (U_FAILURE(status) || conv == NULL) return 0;
    ucnv_close(conv);
    return 1;
}

/* Counts substitutions while substituting U+FFFD, so callers can report bad bytes. */
static void U_CALLCONV count_and_substitute(const void *context, UConverterToUnicodeArgs *args,
                                            const char *codeUnits, int32_t length,
                                            UConverterCallbackReason reason, UErrorCode *err) {
    if (reason == UCNV_ILLEGAL || reason == UCNV_IRREGULAR || reason == UCNV_UNASSIGNED) {
        int32_t *counter = (int32_t *)context;
        if (counter) (*counter)++;
        UChar replacement = 0xFFFD;
        *err = U_ZERO_ERROR;
        ucnv_cbToUWriteUChars(args, &replacement, 1, 0, err);
    }
}

int32_t cicu_convert_to_utf8(const char *charset, const char *source, int32_t length,
                             char *dest, int32_t capacity, int32_t *substitutions) {
    UErrorCode status = U_ZERO_ERROR;
    if (substitutions) *substitutions = 0;
    UConverter *from = ucnv_open(charset, &status);
    if (U_FAILURE(status) || from == NULL) return -1;
    UConverter *to = ucnv_open("UTF-8", &status);
    if (U_FAILURE(status) || to == NULL) { ucnv_close(from); return -2; }
    ucnv_setToUCallBack(from, count_and_substitute, substitutions, NULL, NULL, &status);
    if (U_FAILURE(status)) { ucnv_close(from); ucnv_close(to); return -2; }

    char *target = dest;
    const char *src = source;
    /* Convert through a pivot buffer; count the bytes needed even past capacity. */
    UChar pivot[1024];
    UChar *pivotSource = pivot, *pivotTarget = pivot;
    int32_t needed = 0;
    char overflow[4096];
    int done = 0;
    while (!done) {
        char *chunkStart;
        char *chunkLimit;
        if (needed < capacity) {
            chunkStart = dest + needed;
            chunkLimit = dest + capacity;
        } else {
            chunkStart = overflow;
            chunkLimit = overflow + sizeof overflow;
        }
        target = chunkStart;
        status = U_ZERO_ERROR;
        ucnv_convertEx(to, from, &target, chunkLimit, &src, source + length,
                       pivot, &pivotSource, &pivotTarget, pivot + 1024,
                       needed == 0 && chunkStart == dest, 1, &status);
        needed += (int32_t)(target - chunkStart);
        if (status == U_BUFFER_OVERFLOW_ERROR) continue;
        if (U_FAILURE(status)) { ucnv_close(from); ucnv_close(to); return -2; }
        done = 1;
    }
    ucnv_close(from);
    ucnv_close(to);
    return needed;
}

int32_t cicu_convert_from_utf8(const char *charset, const char *source, int32_t length,
                               char *dest, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *to = ucnv_open(charset, &status);
    if (U_FAILURE(status) || to == NULL) return -1;
    /* Stop at a character the charset lacks instead of writing a substitute byte. */
    ucnv_setFromUCallBack(to, UCNV_FROM_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    UConverter *from = ucnv_open("UTF-8", &status);
    if (U_FAILURE(status) || from == NULL) { ucnv_close(to); return -2; }
    char *target = dest;
    const char *src = source;
    ucnv_convertEx(to, from, &target, dest + capacity, &src, source + length,
                   NULL, NULL, NULL, NULL, 1, 1, &status);
    ucnv_close(from);
    ucnv_close(to);
    if (status == U_INVALID_CHAR_FOUND || status == U_ILLEGAL_CHAR_FOUND) return -3;
    if (U_FAILURE(status)) return -2;
    return (int32_t)(target - dest);
}

int32_t cicu_boundaries(int32_t kind, const char *locale, const uint16_t *text, int32_t length,
                        int32_t *offsets, int32_t *statuses, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIteratorType type = kind == CICU_BREAK_SENTENCE ? UBRK_SENTENCE : UBRK_WORD;
    UBreakIterator *it = ubrk_open(type, locale, (const UChar *)text, length, &status);
    if (U_FAILURE(status) || it == NULL) return -1;
    int32_t count = 0;
    for (int32_t pos = ubrk_first(it); pos != UBRK_DONE; pos = ubrk_next(it)) {
        if (count < capacity) {
            offsets[count] = pos;
            if (statuses) statuses[count] = ubrk_getRuleStatus(it);
        }
        count++;
    }
    ubrk_close(it);
    return count;
}
