#ifndef CHUNSPELL_H
#define CHUNSPELL_H

#include <stdint.h>

/* A thin wrapper over the system Hunspell library that exposes only plain C types,
   like CICU: Swift never sees <hunspell/...>. Words go in and suggestions come out
   in the dictionary's own encoding (chunspell_encoding); the caller converts.
   A handle is not thread-safe: callers serialise the calls on one handle. */

typedef struct chunspell chunspell;

/* Loads the dictionary from its .aff and .dic files; NULL when it cannot. */
chunspell *chunspell_create(const char *aff_path, const char *dic_path);

void chunspell_destroy(chunspell *handle);

/* The dictionary's encoding as its .aff file's SET line names it ("UTF-8", "ISO8859-7"). */
const char *chunspell_encoding(chunspell *handle);

/* 1 when the dictionary accepts the NUL-terminated `word`, else 0. */
int32_t chunspell_spell(chunspell *handle, const char *word);

/* Writes up to `max_count` suggestions for `word` into `buffer` (capacity `capacity`),
   each followed by a NUL byte; a suggestion that does not fit is left out with all after it.
   Returns the number written. */
int32_t chunspell_suggest(chunspell *handle, const char *word, int32_t max_count,
                          char *buffer, int32_t capacity);

#endif
