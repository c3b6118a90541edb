#include "cicu.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ubrk.h>
#include <unicode/utypes.h>
#include <unicode/udat.h>
#include <unicode/unum.h>
#include <unicode/ustring.h>
#include <stdio.h>

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
    UConverter *from = ucnv_open("UTF-8", &status);
    if (U_FAILURE(status) || from == NULL) { ucnv_close(to); return -2; }
    /* An unmappable character must fail the conversion, not become '?' or SUB. */
    ucnv_setFromUCallBack(to, UCNV_FROM_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    ucnv_setToUCallBack(from, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    if (U_FAILURE(status)) { ucnv_close(from); ucnv_close(to); return -2; }

    const char *src = source;
    UChar pivot[1024];
    UChar *pivotSource = pivot, *pivotTarget = pivot;
    int32_t needed = 0;
    char overflow[4096];
    int first = 1;
    for (;;) {
        char *chunkStart = needed < capacity ? dest + needed : overflow;
        char *chunkLimit = needed < capacity ? dest + capacity : overflow + sizeof overflow;
        char *target = chunkStart;
        status = U_ZERO_ERROR;
        ucnv_convertEx(to, from, &target, chunkLimit, &src, source + length,
                       pivot, &pivotSource, &pivotTarget, pivot + 1024, first, 1, &status);
        first = 0;
        needed += (int32_t)(target - chunkStart);
        if (status == U_BUFFER_OVERFLOW_ERROR) continue;
        ucnv_close(from);
        ucnv_close(to);
        if (status == U_INVALID_CHAR_FOUND || status == U_ILLEGAL_CHAR_FOUND) return -3;
        if (U_FAILURE(status)) return -2;
        return needed;
    }
}

/* ubrk_open reads the locale's break rules every time, which cost more than the breaking of a
   line: each thread keeps the iterators it opened, one per kind and locale, and gives them new
   text. A locale too long to keep, or more than the cache holds, is opened and closed as before. */
enum { CICU_KEPT_ITERATORS = 8 };
struct cicu_kept_iterator { int32_t kind; char locale[32]; UBreakIterator *it; };
static pthread_key_t kept_iterators_key;
static pthread_once_t kept_iterators_once = PTHREAD_ONCE_INIT;

static void close_kept_iterators(void *value) {
    struct cicu_kept_iterator *kept = value;
    for (int i = 0; i < CICU_KEPT_ITERATORS; i++) if (kept[i].it) ubrk_close(kept[i].it);
    free(kept);
}

static void make_kept_iterators_key(void) { pthread_key_create(&kept_iterators_key, close_kept_iterators); }

/* The thread's iterator of this kind and locale, opened on first use; NULL when it cannot be kept. */
static UBreakIterator *kept_iterator(int32_t kind, UBreakIteratorType type, const char *locale) {
    if (strlen(locale) >= sizeof ((struct cicu_kept_iterator *)0)->locale) return NULL;
    if (pthread_once(&kept_iterators_once, make_kept_iterators_key) != 0) return NULL;
    struct cicu_kept_iterator *kept = pthread_getspecific(kept_iterators_key);
    if (kept == NULL) {
        kept = calloc(CICU_KEPT_ITERATORS, sizeof *kept);
        if (kept == NULL) return NULL;
        if (pthread_setspecific(kept_iterators_key, kept) != 0) { free(kept); return NULL; }
    }
    int free_slot = -1;
    for (int i = 0; i < CICU_KEPT_ITERATORS; i++) {
        if (kept[i].it == NULL) { if (free_slot < 0) free_slot = i; continue; }
        if (kept[i].kind == kind && strcmp(kept[i].locale, locale) == 0) return kept[i].it;
    }
    if (free_slot < 0) return NULL;
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_open(type, locale, NULL, 0, &status);
    if (U_FAILURE(status) || it == NULL) return NULL;
    kept[free_slot].kind = kind;
    strcpy(kept[free_slot].locale, locale);
    kept[free_slot].it = it;
    return it;
}

int32_t cicu_boundaries(int32_t kind, const char *locale, const uint16_t *text, int32_t length,
                        int32_t *offsets, int32_t *statuses, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIteratorType type = kind == CICU_BREAK_SENTENCE ? UBRK_SENTENCE : UBRK_WORD;
    UBreakIterator *it = kept_iterator(kind, type, locale);
    int kept = it != NULL;
    if (kept) {
        ubrk_setText(it, (const UChar *)text, length, &status);
    } else {
        it = ubrk_open(type, locale, (const UChar *)text, length, &status);
    }
    if (U_FAILURE(status) || it == NULL) {
        if (it != NULL && !kept) ubrk_close(it);
        return -1;
    }
    int32_t count = 0;
    for (int32_t pos = ubrk_first(it); pos != UBRK_DONE; pos = ubrk_next(it)) {
        if (count < capacity) {
            offsets[count] = pos;
            if (statuses) statuses[count] = ubrk_getRuleStatus(it);
        }
        count++;
    }
    if (!kept) ubrk_close(it);
    return count;
}

/* UTF-16 from ICU to UTF-8 for the caller; returns the length needed or -1. */
static int32_t to_utf8(const UChar *text, int32_t length, char *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t needed = 0;
    u_strToUTF8(out, capacity, &needed, text, length, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING) return needed;
    return U_FAILURE(status) ? -1 : needed;
}

int32_t cicu_format_date(const char *locale, double epochMillis, int32_t utcOffsetMinutes,
                         int32_t dateStyle, int32_t timeStyle, char *out, int32_t capacity) {
    char zone[16];
    int32_t magnitude = utcOffsetMinutes < 0 ? -utcOffsetMinutes : utcOffsetMinutes;
    if (magnitude > 24 * 60) return -1;
    snprintf(zone, sizeof zone, "GMT%c%02d:%02d", utcOffsetMinutes < 0 ? '-' : '+',
             (int)(magnitude / 60), (int)(magnitude % 60));
    UChar zoneID[16];
    u_uastrcpy(zoneID, zone);
    UErrorCode status = U_ZERO_ERROR;
    UDateFormat *format = udat_open((UDateFormatStyle)timeStyle, (UDateFormatStyle)dateStyle, locale,
                                    zoneID, -1, NULL, 0, &status);
    if (U_FAILURE(status) || format == NULL) return -1;
    UChar text[256];
    int32_t length = udat_format(format, (UDate)epochMillis, text, 256, NULL, &status);
    udat_close(format);
    if (U_FAILURE(status) || length > 256) return -1;
    return to_utf8(text, length, out, capacity);
}

static int32_t format_decimal(UNumberFormat *format, const char *decimal, char *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UChar text[256];
    int32_t length = unum_formatDecimal(format, decimal, -1, text, 256, NULL, &status);
    unum_close(format);
    if (U_FAILURE(status) || length > 256) return -1;
    return to_utf8(text, length, out, capacity);
}

int32_t cicu_format_number(const char *locale, const char *decimal, int32_t fractionDigits,
                           char *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UNumberFormat *format = unum_open(UNUM_DECIMAL, NULL, 0, locale, NULL, &status);
    if (U_FAILURE(status) || format == NULL) return -1;
    if (fractionDigits >= 0) {
        unum_setAttribute(format, UNUM_MIN_FRACTION_DIGITS, fractionDigits);
        unum_setAttribute(format, UNUM_MAX_FRACTION_DIGITS, fractionDigits);
    }
    return format_decimal(format, decimal, out, capacity);
}

int32_t cicu_format_currency(const char *locale, const char *decimal, const char *currencyCode,
                             char *out, int32_t capacity) {
    if (strlen(currencyCode) != 3) return -1;
    UErrorCode status = U_ZERO_ERROR;
    UNumberFormat *format = unum_open(UNUM_CURRENCY, NULL, 0, locale, NULL, &status);
    if (U_FAILURE(status) || format == NULL) return -1;
    UChar code[4];
    u_uastrcpy(code, currencyCode);
    unum_setTextAttribute(format, UNUM_CURRENCY_CODE, code, 3, &status);
    if (U_FAILURE(status)) { unum_close(format); return -1; }
    return format_decimal(format, decimal, out, capacity);
}
