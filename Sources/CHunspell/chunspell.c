#include "chunspell.h"

#include <stdlib.h>
#include <string.h>
#include <hunspell/hunspell.h>

struct chunspell {
    Hunhandle *hunspell;
};

chunspell *chunspell_create(const char *aff_path, const char *dic_path) {
    Hunhandle *hunspell = Hunspell_create(aff_path, dic_path);
    if (hunspell == NULL) return NULL;
    chunspell *handle = malloc(sizeof *handle);
    if (handle == NULL) {
        Hunspell_destroy(hunspell);
        return NULL;
    }
    handle->hunspell = hunspell;
    return handle;
}

void chunspell_destroy(chunspell *handle) {
    if (handle == NULL) return;
    Hunspell_destroy(handle->hunspell);
    free(handle);
}

const char *chunspell_encoding(chunspell *handle) {
    const char *encoding = Hunspell_get_dic_encoding(handle->hunspell);
    return encoding ? encoding : "ISO8859-1"; /* Hunspell's own default without a SET line */
}

int32_t chunspell_spell(chunspell *handle, const char *word) {
    return Hunspell_spell(handle->hunspell, word) != 0 ? 1 : 0;
}

int32_t chunspell_suggest(chunspell *handle, const char *word, int32_t max_count,
                          char *buffer, int32_t capacity) {
    if (capacity <= 0 || max_count <= 0) return 0;
    char **list = NULL;
    int count = Hunspell_suggest(handle->hunspell, &list, word);
    int32_t written = 0;
    size_t used = 0;
    for (int i = 0; i < count && written < max_count; i++) {
        size_t length = strlen(list[i]) + 1;
        if (used + length > (size_t)capacity) break;
        memcpy(buffer + used, list[i], length);
        used += length;
        written++;
    }
    if (list != NULL) Hunspell_free_list(handle->hunspell, &list, count);
    return written;
}
