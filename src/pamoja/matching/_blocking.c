/*
 * Compiled blocking keys for screening, where building them in Python was a sixth of a query:
 *
 * - `phonetic(word)` spells a word of lower-case ASCII letters and digits (what `text.words`
 *   gives) as `phonetic.phonetic` does, by the same rules in the same order (None for any
 *   other text, or a word longer than MAX_WORD);
 * - `key_hash(key)` is the 64-bit hash a key is stored under: FNV-1a over its UTF-8 bytes,
 *   mixed, the same in every process and every run;
 * - `key_hashes(forms, year, month, day, documents)` hashes every key `blocking.blocking_keys`
 *   gives a subject with those names, date of birth and documents, each key once, in
 *   ascending order of hash, with the kind of each (its first letter); None where a name has
 *   a part this code does not take (not such a word, longer than MAX_PART, or more parts
 *   than MAX_PARTS), which `blocking.py` then keys itself.
 *
 * The rules are those of `phonetic.py` and `blocking.py`, which document them; property tests
 * check that both give the same for any input.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MAX_WORD 256  /* longest word spelled here (a spelling may be twice as long: x is ks) */
#define MAX_PART 120  /* longest name part keyed here */
#define MAX_PARTS 16  /* names with more parts are keyed by the Python code */
#define MAX_PAIR_PARTS 6 /* blocking.MAX_PARTS_FOR_PAIRS */
#define MIN_LENGTH_FOR_TYPOS 4
#define EARLY_TYPO_POSITIONS 3
#define BUFFER 1024

static PyObject *text_parts, *text_spellings, *text_core, *text_skeletons;

/* ---------- hashing ---------- */

static int64_t hash_bytes(const char *data, Py_ssize_t length) {
    uint64_t hashed = 14695981039346656037ULL;
    for (Py_ssize_t i = 0; i < length; i++) {
        hashed ^= (unsigned char)data[i];
        hashed *= 1099511628211ULL;
    }
    /* FNV-1a spreads short keys poorly over the high bits: mix them (splitmix64's finaliser) */
    hashed ^= hashed >> 30;
    hashed *= 0xbf58476d1ce4e5b9ULL;
    hashed ^= hashed >> 27;
    hashed *= 0x94d049bb133111ebULL;
    hashed ^= hashed >> 31;
    return (int64_t)hashed;
}

/* ---------- phonetic spelling (phonetic.py) ---------- */

typedef struct {
    const char *pattern;
    const char *replacement;
    int at_end; /* the pattern matches only at the end of the word */
} Literal;

/* `in` with each leftmost, non-overlapping match of the alternatives (tried in order) replaced,
 * as re.sub does for a pattern of literals; returns the length written to `out`. */
static Py_ssize_t replace_literals(const char *in, Py_ssize_t n, char *out, const Literal *alternatives,
                                   int count) {
    Py_ssize_t i = 0, o = 0;
    while (i < n) {
        int matched = 0;
        for (int k = 0; k < count; k++) {
            if (in[i] != alternatives[k].pattern[0]) continue;
            Py_ssize_t length = (Py_ssize_t)strlen(alternatives[k].pattern);
            if (i + length <= n && memcmp(in + i, alternatives[k].pattern, (size_t)length) == 0
                && (!alternatives[k].at_end || i + length == n)) {
                Py_ssize_t written = (Py_ssize_t)strlen(alternatives[k].replacement);
                memcpy(out + o, alternatives[k].replacement, (size_t)written);
                o += written;
                i += length;
                matched = 1;
                break;
            }
        }
        if (!matched) out[o++] = in[i++];
    }
    return o;
}

static int is_one_of(char c, const char *letters) { return c != '\0' && strchr(letters, c) != NULL; }

/* (?<=[oe])w(?=(?:a|y|i|ski|ska|icz|ich)?$) -> v */
static Py_ssize_t w_as_v(const char *in, Py_ssize_t n, char *out) {
    static const char *const endings[] = {"", "a", "y", "i", "ski", "ska", "icz", "ich"};
    memcpy(out, in, (size_t)n);
    for (Py_ssize_t i = 1; i < n; i++) {
        if (in[i] != 'w' || (in[i - 1] != 'o' && in[i - 1] != 'e')) continue;
        Py_ssize_t rest = n - i - 1;
        for (size_t k = 0; k < sizeof endings / sizeof *endings; k++) {
            if ((Py_ssize_t)strlen(endings[k]) == rest && memcmp(in + i + 1, endings[k], (size_t)rest) == 0) {
                out[i] = 'v';
                break;
            }
        }
    }
    return n;
}

/* (?<=\w)(?:ij|iy|ii)$ -> i (every character of a word taken here is a word character) */
static Py_ssize_t final_i(const char *in, Py_ssize_t n, char *out) {
    memcpy(out, in, (size_t)n);
    if (n >= 3 && in[n - 2] == 'i' && is_one_of(in[n - 1], "jyi")) {
        out[n - 2] = 'i';
        return n - 1;
    }
    return n;
}

/* (?<=[^aeiouy])y(?=[^aeiouy]) -> i */
static Py_ssize_t y_as_i(const char *in, Py_ssize_t n, char *out) {
    memcpy(out, in, (size_t)n);
    for (Py_ssize_t i = 1; i + 1 < n; i++) {
        if (in[i] == 'y' && !is_one_of(in[i - 1], "aeiouy") && !is_one_of(in[i + 1], "aeiouy")) out[i] = 'i';
    }
    return n;
}

/* c(?=[eiy]) -> s */
static Py_ssize_t soft_c(const char *in, Py_ssize_t n, char *out) {
    memcpy(out, in, (size_t)n);
    for (Py_ssize_t i = 0; i + 1 < n; i++) {
        if (in[i] == 'c' && is_one_of(in[i + 1], "eiy")) out[i] = 's';
    }
    return n;
}

/* c(?!h) -> k */
static Py_ssize_t hard_c(const char *in, Py_ssize_t n, char *out) {
    memcpy(out, in, (size_t)n);
    for (Py_ssize_t i = 0; i < n; i++) {
        if (in[i] == 'c' && (i + 1 == n || in[i + 1] != 'h')) out[i] = 'k';
    }
    return n;
}

/* (?<=[aeiou])h$ -> "" */
static Py_ssize_t final_h(const char *in, Py_ssize_t n, char *out) {
    memcpy(out, in, (size_t)n);
    return n >= 2 && in[n - 1] == 'h' && is_one_of(in[n - 2], "aeiou") ? n - 1 : n;
}

/* each run of one character as one character (phonetic._single) */
static Py_ssize_t single(const char *in, Py_ssize_t n, char *out) {
    Py_ssize_t o = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (o == 0 || out[o - 1] != in[i]) out[o++] = in[i];
    }
    return o;
}

static const Literal TSCH[] = {{"tsch", "ch", 0}, {"tsh", "ch", 0}};
static const Literal SCH[] = {{"sch", "sh", 0}, {"sz", "sh", 0}};
static const Literal TCH[] = {{"tch", "ch", 0}, {"cz", "ch", 0}};
static const Literal DZH[] = {{"dzh", "j", 0}, {"dj", "j", 0}, {"zh", "j", 0}};
static const Literal KH[] = {{"kh", "h", 0}};
static const Literal GH[] = {{"gh", "g", 0}};
static const Literal PH[] = {{"ph", "f", 0}};
static const Literal TH[] = {{"th", "t", 0}};
static const Literal DH[] = {{"dh", "d", 0}};
static const Literal CK[] = {{"ck", "k", 0}, {"q", "k", 0}};
static const Literal X[] = {{"x", "ks", 0}};
static const Literal OU[] = {{"ou", "u", 0}, {"oo", "u", 0}, {"uu", "u", 0}};
static const Literal EE[] = {{"ee", "i", 0}, {"ii", "i", 0}, {"ey", "i", 1}};

#define LITERALS(rule) (rule), (int)(sizeof(rule) / sizeof *(rule))

#define LITERAL_RULE(name, literals) \
    static Py_ssize_t name(const char *in, Py_ssize_t n, char *out) { \
        return replace_literals(in, n, out, LITERALS(literals)); \
    }
LITERAL_RULE(tsch, TSCH)
LITERAL_RULE(sch, SCH)
LITERAL_RULE(tch, TCH)
LITERAL_RULE(dzh, DZH)
LITERAL_RULE(kh, KH)
LITERAL_RULE(gh, GH)
LITERAL_RULE(ph, PH)
LITERAL_RULE(th, TH)
LITERAL_RULE(dh, DH)
LITERAL_RULE(ck, CK)
LITERAL_RULE(x_as_ks, X)
LITERAL_RULE(ou, OU)
LITERAL_RULE(ee, EE)

typedef struct {
    const char *letters; /* the rule can only apply to a word that has one of them */
    Py_ssize_t (*rewrite)(const char *in, Py_ssize_t n, char *out);
} Rule;

/* phonetic._RULES, in order */
static const Rule RULES[] = {
    {"h", tsch}, {"s", sch}, {"c", tch}, {"w", w_as_v}, {"i", final_i}, {"y", y_as_i}, {"hj", dzh},
    {"h", kh}, {"h", gh}, {"h", ph}, {"h", th}, {"h", dh}, {"kq", ck}, {"c", soft_c}, {"c", hard_c},
    {"x", x_as_ks}, {"ou", ou}, {"ei", ee}, {"h", final_h},
};

/* Which letters a word has, a bit for each of a to z. */
static uint32_t letters_of(const char *word, Py_ssize_t n) {
    uint32_t found = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (word[i] >= 'a' && word[i] <= 'z') found |= (uint32_t)1 << (word[i] - 'a');
    }
    return found;
}

/* The phonetic spelling of `word` (n <= MAX_WORD) into `out` (BUFFER bytes); its length. */
static Py_ssize_t spell(const char *word, Py_ssize_t n, char *out) {
    char first[BUFFER], second[BUFFER];
    char *from = first, *to = second, *swap;
    Py_ssize_t length = n;
    memcpy(from, word, (size_t)n);
    uint32_t present = letters_of(from, length);
    for (size_t k = 0; k < sizeof RULES / sizeof *RULES; k++) {
        if ((present & letters_of(RULES[k].letters, (Py_ssize_t)strlen(RULES[k].letters))) == 0) continue;
        length = RULES[k].rewrite(from, length, to);
        swap = from, from = to, to = swap;
        present = letters_of(from, length);
    }
    length = single(from, length, out);
    if (length == 0) {
        memcpy(out, word, (size_t)n);
        length = n;
    }
    return length;
}

/* The consonants of a spelling, doubles collapsed (phonetic._consonants). */
static Py_ssize_t consonants(const char *spelling, Py_ssize_t n, char *out) {
    char kept[BUFFER];
    Py_ssize_t k = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (!is_one_of(spelling[i], "aeiouyw")) kept[k++] = spelling[i];
    }
    return single(kept, k, out);
}

static char sound_class(char c) {
    switch (c) {
    case 'b': case 'f': case 'p': case 'v': return '1';
    case 'c': case 'g': case 'j': case 'k': case 'q': case 's': case 'x': case 'z': return '2';
    case 'd': case 't': return '3';
    case 'l': return '4';
    case 'm': case 'n': return '5';
    case 'r': return '6';
    case 'h': return '\0'; /* dropped */
    default: return c;
    }
}

/* phonetic.spelling_classes(spelling, word) into `out`; its length. */
static Py_ssize_t spelling_classes(const char *spelling, Py_ssize_t n, const char *word, Py_ssize_t w,
                                   char *out) {
    char skeleton[BUFFER], classes[BUFFER];
    Py_ssize_t s = consonants(spelling, n, skeleton), c = 0;
    for (Py_ssize_t i = 0; i < s; i++) {
        char sound = sound_class(skeleton[i]);
        if (sound) classes[c++] = sound;
    }
    Py_ssize_t length = single(classes, c, out);
    if (length == 0) {
        out[0] = '~';
        memcpy(out + 1, word, (size_t)w);
        length = w + 1;
    }
    return length;
}

/* phonetic.phonetic_join of two spellings (not empty) into `out`; its length. `first_spelled`,
 * `second_spelled`: whether each is its own phonetic spelling. */
static Py_ssize_t phonetic_join(const char *first, Py_ssize_t n, int first_spelled, const char *second,
                                Py_ssize_t m, int second_spelled, char *out) {
    static const char *const seams = " ts sc ch sh sz tc cz dz zh dj kh gh ph th dh ck ce ci ou oo uu ee ii ow ew ";
    char joined[BUFFER];
    memcpy(joined, first, (size_t)n);
    memcpy(joined + n, second, (size_t)m);
    char seam[5] = {' ', first[n - 1], second[0], ' ', '\0'};
    if (m < 4 || seam[1] == seam[2] || strstr(seams, seam) != NULL || seam[1] == 'y' || seam[2] == 'y'
        || !first_spelled || !second_spelled)
        return spell(joined, n + m, out);
    memcpy(out, joined, (size_t)(n + m));
    return n + m;
}

/* ---------- keys (blocking.py) ---------- */

typedef struct {
    int64_t hash;
    char kind;
} Key;

typedef struct {
    Key *keys;
    Py_ssize_t count, capacity;
} Keys;

static int add_key(Keys *keys, const char *text, Py_ssize_t length) {
    if (keys->count == keys->capacity) {
        Py_ssize_t capacity = keys->capacity ? 2 * keys->capacity : 64;
        Key *grown = PyMem_Realloc(keys->keys, (size_t)capacity * sizeof(Key));
        if (grown == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        keys->keys = grown;
        keys->capacity = capacity;
    }
    keys->keys[keys->count].hash = hash_bytes(text, length);
    keys->keys[keys->count].kind = text[0];
    keys->count++;
    return 0;
}

/* A key made of a kind letter and up to four pieces of text (pointer, length), each piece
 * cut to its length. */
static int add_joined(Keys *keys, char kind, const char *a, Py_ssize_t na, const char *b, Py_ssize_t nb,
                      const char *c, Py_ssize_t nc, const char *d, Py_ssize_t nd) {
    char key[4 * BUFFER + 1];
    Py_ssize_t length = 0;
    key[length++] = kind;
    memcpy(key + length, a, (size_t)na), length += na;
    memcpy(key + length, b, (size_t)nb), length += nb;
    memcpy(key + length, c, (size_t)nc), length += nc;
    memcpy(key + length, d, (size_t)nd), length += nd;
    return add_key(keys, key, length);
}

static Py_ssize_t shorter(Py_ssize_t length, Py_ssize_t at_most) { return length < at_most ? length : at_most; }

typedef struct {
    const char *text;
    Py_ssize_t length;
} Text;

/* `blocking._prefix_key(first, second)` */
static int add_prefix_key(Keys *keys, Text first, Text second) {
    return add_joined(keys, 'p', first.text, shorter(first.length, 2), "|", 1, second.text,
                      shorter(second.length, 1), "", 0);
}

/* The text of a str of at most `longest` characters, each a lower-case ASCII letter or a
 * digit (as `text.words` gives them); 0 if it is not one. */
static int word_text(PyObject *object, Py_ssize_t longest, Text *text) {
    if (!PyUnicode_Check(object) || !PyUnicode_IS_ASCII(object)) return 0;
    text->length = PyUnicode_GET_LENGTH(object);
    text->text = (const char *)PyUnicode_DATA(object);
    if (text->length > longest) return 0;
    for (Py_ssize_t i = 0; i < text->length; i++) {
        char c = text->text[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return 0;
    }
    return 1;
}

typedef struct {
    Py_ssize_t count;
    Text parts[MAX_PARTS], spellings[MAX_PARTS], skeletons[MAX_PARTS];
    int core[MAX_PARTS];
} Form;

/* The fields of a NameForm this code keys; 0 (no exception) if it cannot, -1 on error. */
static int read_form(PyObject *object, Form *form) {
    PyObject *fields[4] = {PyObject_GetAttr(object, text_parts), PyObject_GetAttr(object, text_spellings),
                           PyObject_GetAttr(object, text_skeletons), PyObject_GetAttr(object, text_core)};
    int result = 1;
    for (int k = 0; k < 4; k++) {
        if (fields[k] == NULL) result = -1;
        else if (!PyTuple_Check(fields[k])) {
            PyErr_SetString(PyExc_TypeError, "a NameForm's fields must be tuples");
            result = -1;
        }
    }
    if (result == 1) {
        form->count = PyTuple_GET_SIZE(fields[0]);
        if (form->count > MAX_PARTS) result = 0;
        for (int k = 1; k < 4 && result == 1; k++) {
            if (PyTuple_GET_SIZE(fields[k]) != form->count) {
                PyErr_SetString(PyExc_ValueError, "a NameForm's fields must be as long as its parts");
                result = -1;
            }
        }
    }
    for (Py_ssize_t at = 0; result == 1 && at < form->count; at++) {
        if (!word_text(PyTuple_GET_ITEM(fields[0], at), MAX_PART, &form->parts[at])
            || !word_text(PyTuple_GET_ITEM(fields[1], at), MAX_PART, &form->spellings[at])
            || !word_text(PyTuple_GET_ITEM(fields[2], at), 2 * MAX_PART, &form->skeletons[at])
            || form->parts[at].length == 0)
            result = 0;
        else if ((form->core[at] = PyObject_IsTrue(PyTuple_GET_ITEM(fields[3], at))) < 0)
            result = -1;
    }
    /* the texts stay valid: the form holds its tuples, and the caller holds the form */
    for (int k = 0; k < 4; k++) Py_XDECREF(fields[k]);
    return result;
}

/* What the keys of a name part need of it besides its text. */
typedef struct {
    int spelled;                     /* whether the part is its own phonetic spelling */
    Py_ssize_t classes_length;
    char classes[2 * MAX_PART + 2];  /* phonetic.consonant_classes of the part */
} Sounds;

static void sounds_of(Text part, Sounds *sounds) {
    char spelled[BUFFER];
    Py_ssize_t length = spell(part.text, part.length, spelled);
    sounds->spelled = length == part.length && memcmp(spelled, part.text, (size_t)length) == 0;
    sounds->classes_length = spelling_classes(spelled, length, part.text, part.length, sounds->classes);
}

static int add_part_keys(Keys *keys, Text part, Text spelling, const Sounds *sounds) {
    if (add_joined(keys, 's', part.text, part.length, "", 0, "", 0, "", 0) < 0
        || add_joined(keys, 'j', sounds->classes, sounds->classes_length, "", 0, "", 0, "", 0) < 0
        || add_joined(keys, 'e', spelling.text, spelling.length, "", 0, "", 0, "", 0) < 0)
        return -1;
    if (spelling.length >= MIN_LENGTH_FOR_TYPOS) {
        for (Py_ssize_t cut = 0; cut < EARLY_TYPO_POSITIONS; cut++) {
            if (add_joined(keys, 'e', spelling.text, cut, spelling.text + cut + 1, spelling.length - cut - 1,
                           "", 0, "", 0) < 0)
                return -1;
        }
    }
    return 0;
}

static int add_adjacent_keys(Keys *keys, Text first, const Sounds *first_sounds, Text second,
                             const Sounds *second_sounds) {
    char joined[BUFFER], written[BUFFER], classes[BUFFER];
    Py_ssize_t length = phonetic_join(first.text, first.length, first_sounds->spelled, second.text,
                                      second.length, second_sounds->spelled, joined);
    memcpy(written, first.text, (size_t)first.length);
    memcpy(written + first.length, second.text, (size_t)second.length);
    Py_ssize_t classes_length = spelling_classes(joined, length, written, first.length + second.length, classes);
    if (add_joined(keys, 's', joined, length, "", 0, "", 0, "", 0) < 0) return -1;
    return add_joined(keys, 'j', classes, classes_length, "", 0, "", 0, "", 0);
}

static int add_pair_keys(Keys *keys, Text first, const Sounds *first_sounds, Text second,
                         const Sounds *second_sounds) {
    const char *a = first_sounds->classes, *b = second_sounds->classes;
    Py_ssize_t na = first_sounds->classes_length, nb = second_sounds->classes_length;
    int order = memcmp(a, b, (size_t)shorter(na, nb));
    int first_is_low = order < 0 || (order == 0 && na <= nb);
    int added = first_is_low ? add_joined(keys, 'c', a, na, "|", 1, b, nb, "", 0)
                             : add_joined(keys, 'c', b, nb, "|", 1, a, na, "", 0);
    if (added < 0 || add_prefix_key(keys, first, second) < 0) return -1;
    return add_prefix_key(keys, second, first);
}

static int is_initial(const Form *form, Py_ssize_t at) {
    return form->parts[at].length == 1 || form->spellings[at].length == 1;
}

/* blocking._form_keys, with the birth keys of its skeletons (`year` 0: no date of birth;
 * `month` or `day` 0: not known). */
static int add_form_keys(Keys *keys, const Form *form, long year, long month, long day) {
    Py_ssize_t chosen[MAX_PARTS], count = 0;
    for (Py_ssize_t at = 0; at < form->count; at++) {
        if (form->core[at]) chosen[count++] = at;
    }
    if (count == 0) {
        for (Py_ssize_t at = 0; at < form->count; at++) chosen[count++] = at;
    }
    Sounds sounds[MAX_PARTS];
    for (Py_ssize_t k = 0; k < count; k++) {
        sounds_of(form->parts[chosen[k]], &sounds[k]);
        if (add_part_keys(keys, form->parts[chosen[k]], form->spellings[chosen[k]], &sounds[k]) < 0) return -1;
    }
    for (Py_ssize_t k = 0; k + 1 < count; k++) {
        if (add_adjacent_keys(keys, form->parts[chosen[k]], &sounds[k], form->parts[chosen[k + 1]], &sounds[k + 1])
            < 0)
            return -1;
    }
    Py_ssize_t paired = shorter(count, MAX_PAIR_PARTS);
    for (Py_ssize_t i = 0; i < paired; i++) {
        for (Py_ssize_t j = i + 1; j < paired; j++) {
            if (add_pair_keys(keys, form->parts[chosen[i]], &sounds[i], form->parts[chosen[j]], &sounds[j]) < 0)
                return -1;
        }
    }
    if (count < form->count) {
        for (Py_ssize_t k = 0; k < count; k++) {
            for (Py_ssize_t at = 0; at < form->count; at++) {
                if (!form->core[at] && is_initial(form, at)
                    && add_prefix_key(keys, form->parts[chosen[k]], form->parts[at]) < 0)
                    return -1;
            }
        }
    }
    if (year == 0) return 0;
    char born[64], day_of_year[64];
    Py_ssize_t born_length = snprintf(born, sizeof born, "%ld", year);
    Py_ssize_t day_length = month && day ? snprintf(day_of_year, sizeof day_of_year, "%ld-%ld", month, day) : 0;
    for (Py_ssize_t k = 0; k < count; k++) {
        Text skeleton = form->skeletons[chosen[k]];
        if (skeleton.length == 0) skeleton = form->parts[chosen[k]];
        if (add_joined(keys, 'y', skeleton.text, skeleton.length, "|", 1, born, born_length, "", 0) < 0)
            return -1;
        if (day_length
            && add_joined(keys, 'm', skeleton.text, skeleton.length, "|", 1, day_of_year, day_length, "", 0) < 0)
            return -1;
    }
    return 0;
}

static int by_hash(const void *first, const void *second) {
    int64_t a = ((const Key *)first)->hash, b = ((const Key *)second)->hash;
    return (a > b) - (a < b);
}

/* The keys' hashes, each once and ascending, and their kinds, as (bytes of int64, bytes). */
static PyObject *distinct(Keys *keys) {
    qsort(keys->keys, (size_t)keys->count, sizeof(Key), by_hash);
    PyObject *hashes = PyBytes_FromStringAndSize(NULL, keys->count * (Py_ssize_t)sizeof(int64_t));
    PyObject *kinds = PyBytes_FromStringAndSize(NULL, keys->count);
    if (hashes == NULL || kinds == NULL) {
        Py_XDECREF(hashes);
        Py_XDECREF(kinds);
        return NULL;
    }
    int64_t *hash_out = (int64_t *)PyBytes_AS_STRING(hashes);
    char *kind_out = PyBytes_AS_STRING(kinds);
    Py_ssize_t kept = 0;
    for (Py_ssize_t k = 0; k < keys->count; k++) {
        if (kept && hash_out[kept - 1] == keys->keys[k].hash) continue;
        hash_out[kept] = keys->keys[k].hash;
        kind_out[kept] = keys->keys[k].kind;
        kept++;
    }
    if (_PyBytes_Resize(&hashes, kept * (Py_ssize_t)sizeof(int64_t)) < 0) {
        Py_DECREF(kinds);
        return NULL;
    }
    if (_PyBytes_Resize(&kinds, kept) < 0) {
        Py_DECREF(hashes);
        return NULL;
    }
    return Py_BuildValue("(NN)", hashes, kinds);
}

static PyObject *key_hashes(PyObject *self, PyObject *args) {
    PyObject *forms, *documents;
    long year, month, day;
    if (!PyArg_ParseTuple(args, "OlllO", &forms, &year, &month, &day, &documents)) return NULL;
    PyObject *form_list = PySequence_Fast(forms, "forms must be a sequence of NameForm");
    if (form_list == NULL) return NULL;
    Keys keys = {NULL, 0, 0};
    PyObject *result = NULL;
    int keyed = 1;
    for (Py_ssize_t k = 0; keyed == 1 && k < PySequence_Fast_GET_SIZE(form_list); k++) {
        Form form;
        keyed = read_form(PySequence_Fast_GET_ITEM(form_list, k), &form);
        if (keyed == 1 && form.count > 0 && add_form_keys(&keys, &form, year, month, day) < 0) keyed = -1;
    }
    if (keyed == 1) {
        PyObject *iterator = PyObject_GetIter(documents), *document;
        if (iterator == NULL) keyed = -1;
        while (keyed == 1 && (document = PyIter_Next(iterator)) != NULL) {
            Py_ssize_t length;
            const char *text = PyUnicode_AsUTF8AndSize(document, &length);
            if (text == NULL || length > BUFFER || add_joined(&keys, 'd', text, length, "", 0, "", 0, "", 0) < 0) {
                if (text != NULL && length > BUFFER) PyErr_SetString(PyExc_ValueError, "a document number is too long");
                keyed = -1;
            }
            Py_DECREF(document);
        }
        Py_XDECREF(iterator);
        if (keyed == 1 && PyErr_Occurred()) keyed = -1;
    }
    if (keyed == 1) result = distinct(&keys);
    else if (keyed == 0) result = Py_NewRef(Py_None);
    PyMem_Free(keys.keys);
    Py_DECREF(form_list);
    return result;
}

static PyObject *phonetic(PyObject *self, PyObject *word) {
    Text text;
    if (!PyUnicode_Check(word)) {
        PyErr_SetString(PyExc_TypeError, "phonetic() takes a str");
        return NULL;
    }
    if (!word_text(word, MAX_WORD, &text)) Py_RETURN_NONE;
    char spelled[BUFFER];
    Py_ssize_t length = spell(text.text, text.length, spelled);
    return PyUnicode_FromStringAndSize(spelled, length);
}

static PyObject *key_hash(PyObject *self, PyObject *key) {
    Py_ssize_t length;
    const char *text = PyUnicode_AsUTF8AndSize(key, &length);
    if (text == NULL) return NULL;
    return PyLong_FromLongLong(hash_bytes(text, length));
}

static PyMethodDef methods[] = {
    {"phonetic", phonetic, METH_O,
     "The phonetic spelling of a word of lower-case ASCII letters and digits, as phonetic.phonetic "
     "gives it; None for any other text, or a word too long."},
    {"key_hash", key_hash, METH_O, "The 64-bit hash of a blocking key, the same in every process."},
    {"key_hashes", key_hashes, METH_VARARGS,
     "key_hashes(forms, year, month, day, documents): the hashes of a subject's blocking keys, each "
     "once and ascending, and the kind of each (bytes of int64, bytes); None where a name has a "
     "part this code does not key."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module_definition = {
    PyModuleDef_HEAD_INIT, "_blocking", "Compiled phonetic spellings and blocking keys.", -1, methods,
};

PyMODINIT_FUNC PyInit__blocking(void) {
    text_parts = PyUnicode_InternFromString("parts");
    text_spellings = PyUnicode_InternFromString("spellings");
    text_core = PyUnicode_InternFromString("core");
    text_skeletons = PyUnicode_InternFromString("skeletons");
    if (!text_parts || !text_spellings || !text_core || !text_skeletons) return NULL;
    return PyModule_Create(&module_definition);
}
