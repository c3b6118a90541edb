#ifndef CICU_H
#define CICU_H

#include <stdint.h>

/* A thin wrapper over system ICU that exposes only plain C types, so that
   Swift code never sees <unicode/...> next to Foundation's bundled ICU. */

/* Returns 1 when ICU has a converter for `charset`, else 0. */
int32_t cicu_charset_known(const char *charset);

/* Converts `length` bytes in `charset` to UTF-8 into `dest` (capacity `capacity`).
   Returns the UTF-8 length needed; when it exceeds `capacity`, call again with more room.
   Returns -1 when the charset is unknown, -2 on another ICU failure.
   `*substitutions` receives the number of byte sequences that could not be decoded
   and were replaced by U+FFFD. */
int32_t cicu_convert_to_utf8(const char *charset, const char *source, int32_t length,
                             char *dest, int32_t capacity, int32_t *substitutions);

/* Converts `length` bytes of UTF-8 into `charset` into `dest` (capacity `capacity`).
   Returns the length needed; when it exceeds `capacity`, call again with more room.
   Returns -1 when the charset is unknown, -2 on another ICU failure, and -3 when a
   character has no form in the charset (nothing is substituted). */
int32_t cicu_convert_from_utf8(const char *charset, const char *source, int32_t length,
                               char *dest, int32_t capacity);

/* Break kinds for cicu_boundaries. */
enum { CICU_BREAK_WORD = 1, CICU_BREAK_SENTENCE = 3 };

/* Writes the UTF-16 offsets of the boundaries of `text` (including 0 and length) into
   `offsets`, and for word breaks the ICU rule status of the segment ending at each
   boundary into `statuses` (0 for none/punctuation, 100+ number, 200+ letter, ...).
   Returns the number of boundaries, or -1 on failure. When the result exceeds `capacity`
   only `capacity` entries were written; call again with more room. */
int32_t cicu_boundaries(int32_t kind, const char *locale, const uint16_t *text, int32_t length,
                        int32_t *offsets, int32_t *statuses, int32_t capacity);

/* Formatting styles for cicu_format_date (ICU's UDateFormatStyle values). */
enum { CICU_STYLE_NONE = -1, CICU_STYLE_FULL = 0, CICU_STYLE_LONG = 1, CICU_STYLE_MEDIUM = 2, CICU_STYLE_SHORT = 3 };

/* Formats an instant (milliseconds since 1970 UTC) as seen at `utcOffsetMinutes` from UTC,
   in `locale`'s date style and time style (either may be CICU_STYLE_NONE), as UTF-8 into `out`.
   Returns the UTF-8 length needed (call again with more room when it exceeds `capacity`),
   or -1 on an ICU failure. */
int32_t cicu_format_date(const char *locale, double epochMillis, int32_t utcOffsetMinutes,
                         int32_t dateStyle, int32_t timeStyle, char *out, int32_t capacity);

/* Formats a decimal number written in ASCII (`-1234.5`) for `locale`, with exactly
   `fractionDigits` digits after the separator (or ICU's default when negative).
   Returns the UTF-8 length needed, or -1 on an ICU failure (including a malformed number). */
int32_t cicu_format_number(const char *locale, const char *decimal, int32_t fractionDigits,
                           char *out, int32_t capacity);

/* Formats an amount written in ASCII (`40.00`) in the ISO 4217 currency `currencyCode`
   (`EUR`) for `locale`: symbol, placement and the currency's own fraction digits.
   Returns the UTF-8 length needed, or -1 on an ICU failure. */
int32_t cicu_format_currency(const char *locale, const char *decimal, const char *currencyCode,
                             char *out, int32_t capacity);

#endif
