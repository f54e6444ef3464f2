/*
 * Compiled scoring for screening, where Python was most of the cost of a query:
 *
 * - `best_pair(first, second)` finds, of all the names of two subjects, the pair of names that
 *   `name_similarity.py` aligns best, and gives exactly its value;
 * - `alignment(first, second)` aligns two names and says which parts went with which, for an
 *   explanation;
 * - `score_pairs(...)` sums (and clips to [0, 1]) what `scoring.score_profiles` sums for many
 *   (query, candidate) pairs at once (0 for subjects of different kinds): the names as
 *   `best_pair` finds them, and the other features (the common-name rule with the dates of
 *   birth) by tables and values that `scoring.py` computes from its configuration;
 * - `quick_similarities(...)` gives preselection's quick name similarity (`quick_names.py`)
 *   for many (query, candidate) pairs, the Indel similarity of rapidfuzz, without making an
 *   object of each candidate's names.
 *
 * The rules are those of `name_similarity.py` and `scoring.py` (which document them, and
 * handle names with more parts than this code compares); property tests check that both give
 * the same for any input.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define PART_FLOOR 0.6
#define MIDDLE_UNMATCHED_PENALTY 0.2
#define EDGE_UNMATCHED_PENALTY 0.4
#define CONFLICT_PENALTY 1.0
#define INITIAL_SIMILARITY 0.7
#define PHONETIC_INITIAL_SIMILARITY 0.6
#define INITIAL_PARTNER_WEIGHT 4.0
#define SKELETON_SIMILARITY 0.9
#define ABJAD_SKELETON_SIMILARITY 0.95
#define JOINED_DISCOUNT 0.97
#define REORDERED_DISCOUNT 0.9
#define SHORT 64   /* strings up to this many code points are compared here */
#define MAX_PARTS 16 /* names with more parts are compared by the Python code */

static PyObject *indel_similarity; /* rapidfuzz's Indel.normalized_similarity, for long strings */
static PyObject *text_parts, *text_spellings, *text_letters, *text_skeletons, *text_weights,
    *text_abjad;

/* One step of the bit-parallel longest common subsequence (Hyyrö): the row after a character
 * of the text whose positions in the pattern are `match`. */
static uint64_t lcs_step(uint64_t row, uint64_t match) {
    uint64_t u = row & match;
    return (row + u) | (row - u);
}

/* Indel similarity as rapidfuzz computes it, 1 - (n + m - 2 LCS) / (n + m), from the last row
 * of the bit-parallel LCS of a pattern of `n` (at most 64) characters against a text of `m`. */
static double indel_of(uint64_t row, Py_ssize_t n, Py_ssize_t m) {
    uint64_t used = n == 64 ? ~(uint64_t)0 : (((uint64_t)1 << n) - 1);
    Py_ssize_t lcs = n - __builtin_popcountll(row & used);
    return 1.0 - (double)(n + m - 2 * lcs) / (double)(n + m);
}

/* Indel similarity of two strings of at most SHORT code points, `a` as the pattern. */
static double indel_short(const Py_UCS4 *a, Py_ssize_t n, const Py_UCS4 *b, Py_ssize_t m) {
    if (n + m == 0) return 1.0;
    Py_UCS4 chars[SHORT];
    uint64_t masks[SHORT];
    int distinct = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        int k = 0;
        while (k < distinct && chars[k] != a[i]) k++;
        if (k == distinct) { chars[distinct] = a[i]; masks[distinct] = 0; distinct++; }
        masks[k] |= (uint64_t)1 << i;
    }
    uint64_t row = ~(uint64_t)0;
    for (Py_ssize_t j = 0; j < m; j++) {
        uint64_t match = 0;
        for (int k = 0; k < distinct; k++) {
            if (chars[k] == b[j]) { match = masks[k]; break; }
        }
        row = lcs_step(row, match);
    }
    return indel_of(row, n, m);
}

/* Indel similarity of two str objects; -1.0 with an exception set on failure. */
static double indel(PyObject *first, PyObject *second) {
    Py_ssize_t n = PyUnicode_GET_LENGTH(first), m = PyUnicode_GET_LENGTH(second);
    if (n <= SHORT && m <= SHORT) {
        Py_UCS4 a[SHORT + 1], b[SHORT + 1];
        if (!PyUnicode_AsUCS4(first, a, SHORT + 1, 0) || !PyUnicode_AsUCS4(second, b, SHORT + 1, 0))
            return -1.0;
        return indel_short(a, n, b, m);
    }
    PyObject *value = PyObject_CallFunctionObjArgs(indel_similarity, first, second, NULL);
    if (value == NULL) return -1.0;
    double result = PyFloat_AsDouble(value);
    Py_DECREF(value);
    return result;
}

typedef struct {
    PyObject *form;
    PyObject *parts, *spellings, *letters, *skeletons, *weights, *abjad;
    Py_ssize_t count;
} Form;

static void form_release(Form *form) {
    Py_XDECREF(form->parts);
    Py_XDECREF(form->spellings);
    Py_XDECREF(form->letters);
    Py_XDECREF(form->skeletons);
    Py_XDECREF(form->weights);
    Py_XDECREF(form->abjad);
}

static int form_read(PyObject *object, Form *form) {
    memset(form, 0, sizeof(*form));
    form->form = object;
    form->parts = PyObject_GetAttr(object, text_parts);
    form->spellings = PyObject_GetAttr(object, text_spellings);
    form->letters = PyObject_GetAttr(object, text_letters);
    form->skeletons = PyObject_GetAttr(object, text_skeletons);
    form->weights = PyObject_GetAttr(object, text_weights);
    form->abjad = PyObject_GetAttr(object, text_abjad);
    if (!form->parts || !form->spellings || !form->letters || !form->skeletons || !form->weights
        || !form->abjad) {
        form_release(form);
        return -1;
    }
    if (!PyTuple_Check(form->parts) || !PyTuple_Check(form->spellings)
        || !PyUnicode_Check(form->letters) || !PyTuple_Check(form->skeletons)
        || !PyTuple_Check(form->weights) || !PyTuple_Check(form->abjad)) {
        PyErr_SetString(PyExc_TypeError, "not a NameForm");
        form_release(form);
        return -1;
    }
    form->count = PyTuple_GET_SIZE(form->parts);
    return 0;
}

static int is_vowel(Py_UCS4 letter) {
    return letter == 'a' || letter == 'e' || letter == 'i' || letter == 'o' || letter == 'u';
}

/* `_same_shape` of name_similarity.py (both parts have at least two letters): lengths at most
 * one apart, and the same first letter, vowels both or the first two letters swapped */
static int same_shape(PyObject *a, Py_ssize_t la, PyObject *b, Py_ssize_t lb) {
    if (la - lb > 1 || lb - la > 1) return 0;
    Py_UCS4 a0 = PyUnicode_READ_CHAR(a, 0), b0 = PyUnicode_READ_CHAR(b, 0);
    Py_UCS4 a1 = PyUnicode_READ_CHAR(a, 1), b1 = PyUnicode_READ_CHAR(b, 1);
    return a0 == b0 || (is_vowel(a0) && is_vowel(b0)) || (a0 == b1 && a1 == b0);
}

/* `NameForm.is_initial` of names.py: a single letter, as written or as spelled */
static int is_initial(Form *form, Py_ssize_t i) {
    return PyUnicode_GET_LENGTH(PyTuple_GET_ITEM(form->parts, i)) == 1
           || PyUnicode_GET_LENGTH(PyTuple_GET_ITEM(form->spellings, i)) == 1;
}

/* `_pair_weight` of name_similarity.py */
static double pair_weight(Form *first, Py_ssize_t i, Form *second, Py_ssize_t j) {
    const double first_weight = PyFloat_AsDouble(PyTuple_GET_ITEM(first->weights, i));
    const double second_weight = PyFloat_AsDouble(PyTuple_GET_ITEM(second->weights, j));
    const int first_initial = is_initial(first, i), second_initial = is_initial(second, j);
    if (first_initial == second_initial) return first_weight + second_weight;
    return (first_initial ? first_weight : second_weight) + INITIAL_PARTNER_WEIGHT;
}

/* `part_similarity` of name_similarity.py; -1.0 with an exception set on failure. */
static double part_similarity(Form *first, Py_ssize_t i, Form *second, Py_ssize_t j) {
    PyObject *a = PyTuple_GET_ITEM(first->parts, i), *b = PyTuple_GET_ITEM(second->parts, j);
    if (PyUnicode_Compare(a, b) == 0) return 1.0;
    Py_ssize_t la = PyUnicode_GET_LENGTH(a), lb = PyUnicode_GET_LENGTH(b);
    if (is_initial(first, i) || is_initial(second, j)) {
        if (PyUnicode_READ_CHAR(first->letters, i) == PyUnicode_READ_CHAR(second->letters, j))
            return INITIAL_SIMILARITY;
        return PyUnicode_READ_CHAR(a, 0) == PyUnicode_READ_CHAR(b, 0) ? PHONETIC_INITIAL_SIMILARITY
                                                                      : 0.0;
    }
    double value = indel(a, b);
    if (value < 0) return -1.0;
    double spelt = indel(PyTuple_GET_ITEM(first->spellings, i), PyTuple_GET_ITEM(second->spellings, j));
    if (spelt < 0) return -1.0;
    if (spelt > value) value = spelt;
    PyObject *skeleton = PyTuple_GET_ITEM(first->skeletons, i);
    PyObject *other = PyTuple_GET_ITEM(second->skeletons, j);
    int abjad = PyObject_IsTrue(PyTuple_GET_ITEM(first->abjad, i))
                || PyObject_IsTrue(PyTuple_GET_ITEM(second->abjad, j));
    if (PyUnicode_Compare(skeleton, other) == 0) {
        Py_ssize_t length = PyUnicode_GET_LENGTH(skeleton);
        if (abjad && length > 0)
            return value > ABJAD_SKELETON_SIMILARITY ? value : ABJAD_SKELETON_SIMILARITY;
        if (!abjad && length > 1 && same_shape(a, la, b, lb))
            return value > SKELETON_SIMILARITY ? value : SKELETON_SIMILARITY;
    }
    if (abjad) {
        double skeletal = indel(skeleton, other);
        if (skeletal < 0) return -1.0;
        skeletal *= 0.85;
        if (skeletal > value) value = skeletal;
    }
    return value;
}

typedef struct {
    double score;
    PyObject *low, *high; /* the two parts, in order: ties are broken as in Python */
    Py_ssize_t i, j;
} Candidate;

static int candidate_order(const void *left, const void *right) {
    const Candidate *x = left, *y = right;
    if (x->score != y->score) return x->score > y->score ? -1 : 1;
    int by = PyUnicode_Compare(x->low, y->low);
    if (by == 0) by = PyUnicode_Compare(x->high, y->high);
    if (by != 0) return by;
    if (x->i != y->i) return x->i < y->i ? -1 : 1;
    return x->j < y->j ? -1 : (x->j > y->j);
}

/* `_unmatched` of name_similarity.py: the penalty of part `at` left over, less between two
 * aligned parts of its name than at an edge */
static double unmatched(const char *free, Py_ssize_t count, Py_ssize_t at) {
    int before = 0, after = 0;
    for (Py_ssize_t k = 0; k < at; k++) before |= !free[k];
    for (Py_ssize_t k = at + 1; k < count; k++) after |= !free[k];
    return before && after ? MIDDLE_UNMATCHED_PENALTY : EDGE_UNMATCHED_PENALTY;
}

/* `_reordered` of name_similarity.py: of the parts of the first name that were aligned, in
 * their order, are their partners in an order no rotation of the second name gives? */
static int reordered(const Py_ssize_t *partner, const char *free_first, Py_ssize_t count) {
    Py_ssize_t partners[MAX_PARTS];
    int aligned = 0, descents = 0;
    for (Py_ssize_t i = 0; i < count; i++)
        if (!free_first[i]) partners[aligned++] = partner[i];
    if (aligned < 3) return 0;
    for (int k = 0; k < aligned; k++) descents += partners[(k + 1) % aligned] < partners[k];
    return descents > 1;
}

/* How two names aligned, for an explanation: the parts paired, best first, and how. */
typedef struct {
    Py_ssize_t count;
    Py_ssize_t i[MAX_PARTS], j[MAX_PARTS];
    double score[MAX_PARTS];
    int joined, reordered;
} Alignment;

/* `compare_forms(first, second).value`, and what else it gives in `how` (when not NULL);
 * -1.0 with an exception set on failure. */
static double compare_forms(Form *first, Form *second, Alignment *how) {
    if (how) memset(how, 0, sizeof(*how));
    if (first->count == 0 || second->count == 0) return 0.0;
    int equal = PyObject_RichCompareBool(first->parts, second->parts, Py_EQ);
    if (equal < 0) return -1.0;
    if (equal) {
        if (how) {
            how->count = first->count;
            for (Py_ssize_t k = 0; k < first->count; k++) {
                how->i[k] = how->j[k] = k;
                how->score[k] = 1.0;
            }
        }
        return 1.0;
    }
    Candidate candidates[MAX_PARTS * MAX_PARTS];
    int found = 0;
    for (Py_ssize_t i = 0; i < first->count; i++) {
        for (Py_ssize_t j = 0; j < second->count; j++) {
            double score = part_similarity(first, i, second, j);
            if (score < 0) return -1.0;
            if (score >= PART_FLOOR) {
                PyObject *a = PyTuple_GET_ITEM(first->parts, i);
                PyObject *b = PyTuple_GET_ITEM(second->parts, j);
                int a_first = PyUnicode_Compare(a, b) <= 0;
                candidates[found++] = (Candidate){score, a_first ? a : b, a_first ? b : a, i, j};
            }
        }
    }
    qsort(candidates, found, sizeof(Candidate), candidate_order);
    char free_first[MAX_PARTS], free_second[MAX_PARTS];
    memset(free_first, 1, sizeof(free_first));
    memset(free_second, 1, sizeof(free_second));
    Py_ssize_t partner[MAX_PARTS];
    Alignment pairs;
    pairs.count = 0;
    double matched = 0.0, total = 0.0;
    for (int k = 0; k < found; k++) {
        Py_ssize_t i = candidates[k].i, j = candidates[k].j;
        if (free_first[i] && free_second[j]) {
            free_first[i] = free_second[j] = 0;
            partner[i] = j;
            double weight = pair_weight(first, i, second, j);
            matched -= -candidates[k].score * weight;
            total += weight;
            pairs.i[pairs.count] = i;
            pairs.j[pairs.count] = j;
            pairs.score[pairs.count++] = candidates[k].score;
        }
    }
    int left_first = 0, left_second = 0;
    for (Py_ssize_t i = 0; i < first->count; i++) left_first |= free_first[i];
    for (Py_ssize_t j = 0; j < second->count; j++) left_second |= free_second[j];
    int conflict = left_first && left_second;
    for (Py_ssize_t i = 0; i < first->count; i++)
        if (free_first[i])
            total += PyFloat_AsDouble(PyTuple_GET_ITEM(first->weights, i))
                     * (conflict ? CONFLICT_PENALTY : unmatched(free_first, first->count, i));
    for (Py_ssize_t j = 0; j < second->count; j++)
        if (free_second[j])
            total += PyFloat_AsDouble(PyTuple_GET_ITEM(second->weights, j))
                     * (conflict ? CONFLICT_PENALTY : unmatched(free_second, second->count, j));
    double aligned = total != 0.0 ? matched / total : 0.0;
    pairs.joined = 0;
    pairs.reordered = reordered(partner, free_first, first->count);
    if (pairs.reordered) aligned *= REORDERED_DISCOUNT;
    if (first->count != second->count) {
        PyObject *empty = PyUnicode_FromStringAndSize("", 0);
        if (empty == NULL) return -1.0;
        PyObject *joined_first = PyUnicode_Join(empty, first->parts);
        PyObject *joined_second = joined_first ? PyUnicode_Join(empty, second->parts) : NULL;
        Py_DECREF(empty);
        double joined = joined_second ? indel(joined_first, joined_second) : -1.0;
        Py_XDECREF(joined_first);
        Py_XDECREF(joined_second);
        if (joined < 0) return -1.0;
        joined *= JOINED_DISCOUNT;
        if (joined > aligned) {
            if (how) how->joined = 1;
            return joined;
        }
    }
    if (how) *how = pairs;
    return aligned;
}

static int read_forms(PyObject *sequence, Form **forms, Py_ssize_t *count) {
    if (!PyTuple_Check(sequence)) {
        PyErr_SetString(PyExc_TypeError, "forms must be a tuple of NameForm");
        return -1;
    }
    *count = PyTuple_GET_SIZE(sequence);
    *forms = PyMem_Calloc(*count ? *count : 1, sizeof(Form));
    if (*forms == NULL) { PyErr_NoMemory(); return -1; }
    for (Py_ssize_t k = 0; k < *count; k++) {
        if (form_read(PyTuple_GET_ITEM(sequence, k), &(*forms)[k]) < 0) {
            for (Py_ssize_t done = 0; done < k; done++) form_release(&(*forms)[done]);
            PyMem_Free(*forms);
            return -1;
        }
    }
    return 0;
}

static PyObject *best_pair(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "best_pair(first, second) takes two tuples of forms");
        return NULL;
    }
    Form *first, *second;
    Py_ssize_t first_count, second_count;
    if (read_forms(args[0], &first, &first_count) < 0) return NULL;
    if (read_forms(args[1], &second, &second_count) < 0) {
        for (Py_ssize_t k = 0; k < first_count; k++) form_release(&first[k]);
        PyMem_Free(first);
        return NULL;
    }
    double best = 0.0;
    Py_ssize_t best_first = -1, best_second = -1;
    int failed = 0, too_long = 0;
    for (Py_ssize_t k = 0; k < first_count && !failed; k++)
        if (first[k].count > MAX_PARTS) too_long = 1;
    for (Py_ssize_t k = 0; k < second_count && !failed; k++)
        if (second[k].count > MAX_PARTS) too_long = 1;
    for (Py_ssize_t a = 0; a < first_count && !failed && !too_long; a++) {
        for (Py_ssize_t b = 0; b < second_count; b++) {
            double value = compare_forms(&first[a], &second[b], NULL);
            if (value < 0) { failed = 1; break; }
            if (value > best) { best = value; best_first = a; best_second = b; }
        }
    }
    for (Py_ssize_t k = 0; k < first_count; k++) form_release(&first[k]);
    for (Py_ssize_t k = 0; k < second_count; k++) form_release(&second[k]);
    PyMem_Free(first);
    PyMem_Free(second);
    if (failed) return NULL;
    if (too_long) Py_RETURN_NONE;
    return Py_BuildValue("(dnn)", best, best_first, best_second);
}

/* The smaller of two sets shares a member with the larger; -1 with an exception set. */
static int intersects(PyObject *first, PyObject *second) {
    if (PySet_GET_SIZE(first) > PySet_GET_SIZE(second)) {
        PyObject *swap = first;
        first = second;
        second = swap;
    }
    PyObject *members = PyObject_GetIter(first);
    if (members == NULL) return -1;
    PyObject *member;
    int found = 0;
    while (!found && (member = PyIter_Next(members)) != NULL) {
        found = PySet_Contains(second, member);
        Py_DECREF(member);
    }
    Py_DECREF(members);
    return found == 0 && PyErr_Occurred() ? -1 : found;
}

/* Whether `gender` equals one of the two known genders (as `in` finds it in Python: a str of
 * the same value counts); -1 with an exception set. */
static int is_known(PyObject *gender, PyObject *male, PyObject *female) {
    if (gender == male || gender == female) return 1;
    int found = PyObject_RichCompareBool(gender, male, Py_EQ);
    return found != 0 ? found : PyObject_RichCompareBool(gender, female, Py_EQ);
}

/* 0: the year only, 1: year and month, 2: the full date (of a birth code, `birth_codes.py`) */
static int birth_precision(uint32_t code) {
    return ((code >> 8 & 0xFF) != 0) + ((code & 0xFF) != 0);
}

typedef struct {
    PyObject *kind, *forms, *gender, *nationalities, *documents;
} Facts;

static void facts_release(Facts *facts) {
    Py_XDECREF(facts->kind);
    Py_XDECREF(facts->forms);
    Py_XDECREF(facts->gender);
    Py_XDECREF(facts->nationalities);
    Py_XDECREF(facts->documents);
}

static PyObject *text_kind, *text_forms, *text_gender, *text_nationalities, *text_documents;

static int facts_read(PyObject *profile, Facts *facts) {
    facts->kind = PyObject_GetAttr(profile, text_kind);
    facts->forms = PyObject_GetAttr(profile, text_forms);
    facts->gender = PyObject_GetAttr(profile, text_gender);
    facts->nationalities = PyObject_GetAttr(profile, text_nationalities);
    facts->documents = PyObject_GetAttr(profile, text_documents);
    if (!facts->kind || !facts->forms || !facts->gender || !facts->nationalities || !facts->documents) {
        facts_release(facts);
        return -1;
    }
    if (!PyAnySet_Check(facts->nationalities) || !PyAnySet_Check(facts->documents)) {
        PyErr_SetString(PyExc_TypeError, "not a Profile");
        facts_release(facts);
        return -1;
    }
    return 0;
}

/* The best name similarity of two subjects' names; -1.0 with an exception set, -2.0 when a
 * name has more parts than this code compares. */
static double best_value(PyObject *first_forms, PyObject *second_forms) {
    Form *first, *second;
    Py_ssize_t first_count, second_count;
    if (read_forms(first_forms, &first, &first_count) < 0) return -1.0;
    if (read_forms(second_forms, &second, &second_count) < 0) {
        for (Py_ssize_t k = 0; k < first_count; k++) form_release(&first[k]);
        PyMem_Free(first);
        return -1.0;
    }
    double best = 0.0;
    for (Py_ssize_t k = 0; k < first_count && best >= 0; k++)
        if (first[k].count > MAX_PARTS) best = -2.0;
    for (Py_ssize_t k = 0; k < second_count && best >= 0; k++)
        if (second[k].count > MAX_PARTS) best = -2.0;
    for (Py_ssize_t a = 0; a < first_count && best >= 0; a++) {
        for (Py_ssize_t b = 0; b < second_count; b++) {
            double value = compare_forms(&first[a], &second[b], NULL);
            if (value < 0) { best = -1.0; break; }
            if (value > best) best = value;
        }
    }
    for (Py_ssize_t k = 0; k < first_count; k++) form_release(&first[k]);
    for (Py_ssize_t k = 0; k < second_count; k++) form_release(&second[k]);
    PyMem_Free(first);
    PyMem_Free(second);
    return best;
}

static int read_doubles(PyObject *sequence, double *values, Py_ssize_t count, const char *what) {
    if (!PyTuple_Check(sequence) || PyTuple_GET_SIZE(sequence) != count) {
        PyErr_Format(PyExc_TypeError, "%s must be a tuple of %zd floats", what, count);
        return -1;
    }
    for (Py_ssize_t k = 0; k < count; k++) {
        values[k] = PyFloat_AsDouble(PyTuple_GET_ITEM(sequence, k));
        if (values[k] == -1.0 && PyErr_Occurred()) return -1;
    }
    return 0;
}

#define AGREEMENT_COUNT 7
#define PRECISION_COUNT 3
/* positions in `points` of score_pairs */
enum { NAME_WEIGHT, GENDER_SAME, GENDER_DIFFERENT, NATIONALITY_SHARED, NATIONALITY_DIFFERENT,
       DOCUMENT_SAME, POINT_COUNT };

/* birth_points holds the points of dates of birth by agreement and coarser precision, then in
 * the same order where the names are close but not the same (0 < similarity < 1), then those
 * the common-name rule adds where the pair's query has a common name */
#define BIRTH_TABLE (AGREEMENT_COUNT * PRECISION_COUNT)

/* The buffers of `count` objects, all or none (on failure those taken are released). */
static int take_buffers(PyObject *const *objects, Py_buffer **views, int count, int flags) {
    for (int k = 0; k < count; k++) {
        if (PyObject_GetBuffer(objects[k], views[k], flags) < 0) {
            while (k-- > 0) PyBuffer_Release(views[k]);
            return -1;
        }
    }
    return 0;
}

static PyObject *score_pairs(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 9) {
        PyErr_SetString(PyExc_TypeError,
                        "score_pairs(queries, candidates, agreements, query_births, "
                        "candidate_births, common, birth_points, genders, points) takes 9 "
                        "arguments");
        return NULL;
    }
    PyObject *queries = args[0], *candidates = args[1];
    if (!PyList_Check(queries) || !PyList_Check(candidates)
        || PyList_GET_SIZE(queries) != PyList_GET_SIZE(candidates)) {
        PyErr_SetString(PyExc_TypeError, "queries and candidates must be lists of one length");
        return NULL;
    }
    Py_ssize_t count = PyList_GET_SIZE(queries);
    double birth_points[3 * BIRTH_TABLE], points[POINT_COUNT];
    if (read_doubles(args[6], birth_points, 3 * BIRTH_TABLE, "birth_points") < 0
        || read_doubles(args[8], points, POINT_COUNT, "points") < 0)
        return NULL;
    if (!PyTuple_Check(args[7]) || PyTuple_GET_SIZE(args[7]) != 2) {
        PyErr_SetString(PyExc_TypeError, "genders must be a tuple of the two known genders");
        return NULL;
    }
    PyObject *male = PyTuple_GET_ITEM(args[7], 0), *female = PyTuple_GET_ITEM(args[7], 1);
    Py_buffer agreements, query_births, candidate_births, commons;
    Py_buffer *views[4] = {&agreements, &query_births, &candidate_births, &commons};
    if (take_buffers(args + 2, views, 4, PyBUF_SIMPLE) < 0) return NULL;
    PyObject *result = NULL;
    if (agreements.len != count || commons.len != count
        || query_births.len != count * (Py_ssize_t)sizeof(uint32_t)
        || candidate_births.len != count * (Py_ssize_t)sizeof(uint32_t)) {
        PyErr_SetString(PyExc_ValueError,
                        "agreements (int8), common (bool) and births (uint32) need one entry "
                        "per pair");
        goto done;
    }
    result = PyList_New(count);
    if (result == NULL) goto done;
    const int8_t *agreement = agreements.buf;
    const uint8_t *common = commons.buf;
    const uint32_t *query_birth = query_births.buf, *candidate_birth = candidate_births.buf;
    for (Py_ssize_t k = 0; k < count; k++) {
        if (agreement[k] < 0 || agreement[k] >= AGREEMENT_COUNT) {
            PyErr_SetString(PyExc_ValueError, "an agreement out of range");
            goto failed;
        }
        Facts query, candidate;
        if (facts_read(PyList_GET_ITEM(queries, k), &query) < 0) goto failed;
        if (facts_read(PyList_GET_ITEM(candidates, k), &candidate) < 0) {
            facts_release(&query);
            goto failed;
        }
        double total = 0.0, name = 0.0;
        if (query.kind == candidate.kind) name = best_value(query.forms, candidate.forms);
        if (query.kind == candidate.kind && name >= 0) {
            int first = birth_precision(query_birth[k]), second = birth_precision(candidate_birth[k]);
            total = points[NAME_WEIGHT] * name;
            int at = agreement[k] * PRECISION_COUNT + (first < second ? first : second);
            total += birth_points[(name > 0.0 && name < 1.0 ? BIRTH_TABLE : 0) + at];
            if (common[k]) total += birth_points[2 * BIRTH_TABLE + at];
            int known = is_known(query.gender, male, female), both = 0, same = 0;
            if (known > 0) both = is_known(candidate.gender, male, female);
            if (both > 0) same = PyObject_RichCompareBool(query.gender, candidate.gender, Py_EQ);
            if (known < 0 || both < 0 || same < 0) {
                facts_release(&query);
                facts_release(&candidate);
                goto failed;
            }
            if (both > 0) total += same ? points[GENDER_SAME] : points[GENDER_DIFFERENT];
            int shared = 0;
            if (PySet_GET_SIZE(query.nationalities) && PySet_GET_SIZE(candidate.nationalities)) {
                shared = intersects(query.nationalities, candidate.nationalities);
                total += shared > 0 ? points[NATIONALITY_SHARED] : points[NATIONALITY_DIFFERENT];
            }
            int documents = shared < 0 ? -1 : intersects(query.documents, candidate.documents);
            total += documents > 0 ? points[DOCUMENT_SAME] : 0.0;
            if (documents < 0) name = -1.0;
        }
        facts_release(&query);
        facts_release(&candidate);
        if (name == -1.0) goto failed;
        /* a name too long for this code: the caller scores the pair in Python */
        total = total < 0.0 ? 0.0 : total > 1.0 ? 1.0 : total;
        PyObject *value = name == -2.0 ? Py_NewRef(Py_None) : PyFloat_FromDouble(total);
        if (value == NULL) goto failed;
        PyList_SET_ITEM(result, k, value);
    }
    goto done;
failed:
    Py_CLEAR(result);
done:
    PyBuffer_Release(&agreements);
    PyBuffer_Release(&query_births);
    PyBuffer_Release(&candidate_births);
    PyBuffer_Release(&commons);
    return result;
}

static PyObject *alignment(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "alignment(first, second) takes two NameForm");
        return NULL;
    }
    Form first, second;
    if (form_read(args[0], &first) < 0) return NULL;
    if (form_read(args[1], &second) < 0) {
        form_release(&first);
        return NULL;
    }
    PyObject *result = NULL;
    if (first.count > MAX_PARTS || second.count > MAX_PARTS) {
        result = Py_NewRef(Py_None);
        goto done;
    }
    Alignment how;
    double value = compare_forms(&first, &second, &how);
    if (value < 0) goto done;
    PyObject *pairs = PyTuple_New(how.count);
    if (pairs == NULL) goto done;
    for (Py_ssize_t k = 0; k < how.count; k++) {
        PyObject *pair = Py_BuildValue("(nnd)", how.i[k], how.j[k], how.score[k]);
        if (pair == NULL) {
            Py_DECREF(pairs);
            goto done;
        }
        PyTuple_SET_ITEM(pairs, k, pair);
    }
    result = Py_BuildValue("(dNOO)", value, pairs, how.joined ? Py_True : Py_False,
                           how.reordered ? Py_True : Py_False);
done:
    form_release(&first);
    form_release(&second);
    return result;
}

/* ---------- quick similarity (preselection) ---------- */

#define QUICK_LONGEST 64 /* longest quick name compared here (they are cut at quick_names.WIDTH) */

/* A quick name as the pattern of the bit-parallel longest common subsequence. */
typedef struct {
    uint64_t masks[256];
    Py_ssize_t length;
} Pattern;

static int pattern_set(Pattern *pattern, PyObject *name) {
    char *text;
    Py_ssize_t length;
    if (PyBytes_AsStringAndSize(name, &text, &length) < 0) return -1;
    if (length > QUICK_LONGEST) {
        PyErr_SetString(PyExc_ValueError, "a quick name is longer than 64 bytes");
        return -1;
    }
    memset(pattern->masks, 0, sizeof pattern->masks);
    for (Py_ssize_t i = 0; i < length; i++) pattern->masks[(unsigned char)text[i]] |= (uint64_t)1 << i;
    pattern->length = length;
    return 0;
}

/* rapidfuzz's Indel.normalized_similarity of the pattern's name and `other`, as a float32
 * (what preselection's cpdist gave). */
static double quick_similarity(const Pattern *pattern, const unsigned char *other, Py_ssize_t m) {
    Py_ssize_t n = pattern->length;
    if (n + m == 0) return 1.0;
    uint64_t row = ~(uint64_t)0;
    for (Py_ssize_t j = 0; j < m; j++) row = lcs_step(row, pattern->masks[other[j]]);
    return (double)(float)indel_of(row, n, m);
}

/* The best similarity of the patterns to one name. */
static double best_of(const Pattern *patterns, Py_ssize_t count, const unsigned char *name, Py_ssize_t length,
                      double best) {
    for (Py_ssize_t k = 0; k < count; k++) {
        double value = quick_similarity(&patterns[k], name, length);
        if (value > best) best = value;
    }
    return best;
}

static PyObject *quick_similarities(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 6) {
        PyErr_SetString(PyExc_TypeError,
                        "quick_similarities(table, starts, recent, owners, slots, names) takes six arguments");
        return NULL;
    }
    PyObject *recent = args[2], *names = args[5];
    if (!PyDict_Check(recent)) {
        PyErr_SetString(PyExc_TypeError, "recent must be a dict");
        return NULL;
    }
    Py_buffer table, starts, owners, slots;
    if (PyObject_GetBuffer(args[0], &table, PyBUF_RECORDS_RO) < 0) return NULL;
    PyObject *const contiguous[3] = {args[1], args[3], args[4]};
    Py_buffer *views[3] = {&starts, &owners, &slots};
    if (take_buffers(contiguous, views, 3, PyBUF_C_CONTIGUOUS) < 0) {
        PyBuffer_Release(&table);
        return NULL;
    }
    PyObject *result = NULL, *name_list = NULL;
    Pattern *patterns = NULL;
    Py_ssize_t pattern_count = 0, pattern_room = 0, current = -1;
    Py_ssize_t width = table.ndim == 1 && table.itemsize > 0 ? table.itemsize : 0;
    Py_ssize_t pairs = owners.len / (Py_ssize_t)sizeof(int64_t);
    Py_ssize_t compact = starts.len / (Py_ssize_t)sizeof(int64_t) - 1;
    const int64_t *owner_of = owners.buf, *slot_of = slots.buf, *start_of = starts.buf;
    const unsigned char *rows = table.buf;
    if (width == 0 || !PyBuffer_IsContiguous(&table, 'C') || slots.len != owners.len || compact < 0) {
        PyErr_SetString(PyExc_ValueError, "quick_similarities: arrays of the wrong shape");
        goto done;
    }
    name_list = PySequence_Fast(names, "names must be a sequence of tuples of bytes");
    if (name_list == NULL) goto done;
    result = PyByteArray_FromStringAndSize(NULL, pairs * (Py_ssize_t)sizeof(double));
    if (result == NULL) goto done;
    double *out = (double *)PyByteArray_AS_STRING(result);
    for (Py_ssize_t i = 0; i < pairs; i++) {
        if (owner_of[i] != current) {
            current = owner_of[i];
            if (current < 0 || current >= PySequence_Fast_GET_SIZE(name_list)) {
                PyErr_SetString(PyExc_IndexError, "quick_similarities: an owner without names");
                goto failed;
            }
            PyObject *own = PySequence_Fast_GET_ITEM(name_list, current);
            if (!PyTuple_Check(own)) {
                PyErr_SetString(PyExc_TypeError, "a query's quick names must be a tuple of bytes");
                goto failed;
            }
            pattern_count = PyTuple_GET_SIZE(own);
            if (pattern_count > pattern_room) {
                Pattern *grown = PyMem_Realloc(patterns, (size_t)pattern_count * sizeof(Pattern));
                if (grown == NULL) {
                    PyErr_NoMemory();
                    goto failed;
                }
                patterns = grown;
                pattern_room = pattern_count;
            }
            for (Py_ssize_t k = 0; k < pattern_count; k++) {
                if (pattern_set(&patterns[k], PyTuple_GET_ITEM(own, k)) < 0) goto failed;
            }
        }
        int64_t slot = slot_of[i];
        double best = 0.0;
        if (slot >= 0 && slot < compact) {
            for (int64_t row = start_of[slot]; row < start_of[slot + 1]; row++) {
                const unsigned char *name = rows + row * width;
                Py_ssize_t length = 0;
                while (length < width && name[length]) length++;
                best = best_of(patterns, pattern_count, name, length, best);
            }
        } else {
            PyObject *key = PyLong_FromLongLong(slot);
            if (key == NULL) goto failed;
            PyObject *own = PyDict_GetItemWithError(recent, key);
            Py_DECREF(key);
            if (own == NULL || !PyTuple_Check(own)) {
                if (!PyErr_Occurred()) PyErr_SetString(PyExc_KeyError, "quick_similarities: a slot without names");
                goto failed;
            }
            for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(own); k++) {
                char *name;
                Py_ssize_t length;
                if (PyBytes_AsStringAndSize(PyTuple_GET_ITEM(own, k), &name, &length) < 0) goto failed;
                best = best_of(patterns, pattern_count, (const unsigned char *)name, length, best);
            }
        }
        out[i] = best;
    }
    goto done;
failed:
    Py_CLEAR(result);
done:
    PyMem_Free(patterns);
    Py_XDECREF(name_list);
    PyBuffer_Release(&table);
    PyBuffer_Release(&starts);
    PyBuffer_Release(&owners);
    PyBuffer_Release(&slots);
    return result;
}

static PyMethodDef methods[] = {
    {"best_pair", (PyCFunction)(void (*)(void))best_pair, METH_FASTCALL,
     "best_pair(first, second) -> (value, i, j) | None: the best aligned names first[i] and "
     "second[j] and their similarity ((0.0, -1, -1) when none is above 0), or None when a "
     "name has more parts than this code compares."},
    {"alignment", (PyCFunction)(void (*)(void))alignment, METH_FASTCALL,
     "alignment(first, second) -> (value, pairs, joined, reordered) | None: two names aligned "
     "as compare_forms aligns them, pairs as (i, j, similarity) in the order they were taken, "
     "or None when a name has more parts than this code compares."},
    {"score_pairs", (PyCFunction)(void (*)(void))score_pairs, METH_FASTCALL,
     "score_pairs(queries, candidates, agreements, query_births, candidate_births, common, "
     "birth_points, genders, points) -> list[float | None]: the sum scoring.score_profiles "
     "makes for each pair, clipped to [0, 1] but not rounded (see scoring.score_pairs), None "
     "where a name has more parts than this code compares."},
    {"quick_similarities", (PyCFunction)(void (*)(void))quick_similarities, METH_FASTCALL,
     "quick_similarities(table, starts, recent, owners, slots, names) -> bytearray: for each (owner, "
     "slot) pair, the best quick similarity of the slot's names (rows starts[slot] to "
     "starts[slot + 1] of the fixed-width table, or recent[slot]) to names[owner] (float64 "
     "values, each a float32 as rapidfuzz's cpdist gave them; 0 where either has no name)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module_definition = {
    PyModuleDef_HEAD_INIT, "_scoring", "Compiled scoring of names and of many pairs.", -1, methods,
};

PyMODINIT_FUNC PyInit__scoring(void) {
    PyObject *distance = PyImport_ImportModule("rapidfuzz.distance");
    if (distance == NULL) return NULL;
    PyObject *indel_class = PyObject_GetAttrString(distance, "Indel");
    Py_DECREF(distance);
    if (indel_class == NULL) return NULL;
    indel_similarity = PyObject_GetAttrString(indel_class, "normalized_similarity");
    Py_DECREF(indel_class);
    if (indel_similarity == NULL) return NULL;
    text_parts = PyUnicode_InternFromString("parts");
    text_spellings = PyUnicode_InternFromString("spellings");
    text_letters = PyUnicode_InternFromString("letters");
    text_skeletons = PyUnicode_InternFromString("skeletons");
    text_weights = PyUnicode_InternFromString("weights");
    text_abjad = PyUnicode_InternFromString("abjad");
    text_kind = PyUnicode_InternFromString("kind");
    text_forms = PyUnicode_InternFromString("forms");
    text_gender = PyUnicode_InternFromString("gender");
    text_nationalities = PyUnicode_InternFromString("nationalities");
    text_documents = PyUnicode_InternFromString("documents");
    if (!text_parts || !text_spellings || !text_letters || !text_skeletons || !text_weights
        || !text_abjad || !text_kind || !text_forms || !text_gender || !text_nationalities || !text_documents)
        return NULL;
    return PyModule_Create(&module_definition);
}
