/*
 * Compiled shortlists for screening: for each query of a batch, the records that share the
 * most blocking-key weight with it, among those alive that could reach the threshold given
 * how their dates of birth agree.  `index.py` documents the steps; this is their inner loop.
 *
 *   shortlist(groups, members, values, births, alive, query_births, ceilings, threshold, count,
 *             run_groups, run_weights, runs)
 *
 * `groups` (int64, ascending: one query's postings are read together), `members` (int64,
 * record slots) and `values` (float64, the weight of the key each was read through) are one
 * entry per posting read.  Per query, a small hash table sums each record's weights in one
 * pass (NumPy needed a sort of all pairs of the batch for this).  `births` (uint32 birth codes,
 * `birth_codes.py`) and `alive` (uint8) are per slot; `query_births` (uint32) per query, and
 * `ceilings` (float64, seven per query: the best score for each date agreement, in the order
 * of `birth_codes.AGREEMENTS`).  A record is possible when alive and its ceiling is at least
 * `threshold`.  Of each query's possible records the `count` best by summed weight are kept
 * (ties: the record read first), best first; `count` 0 keeps all, in the order read.
 *
 * `runs` (a list of int32 arrays, each the slots of a key's postings) are postings
 * of keys a query did not read, over its budget: `run_groups` (int64, ascending) gives the
 * query of each and `run_weights` (float64) the weight of its key, added to the total of each
 * record already read that is in the run, where it may decide the cut (`count` 0, or more
 * possible records than `count`).  They bring no records of their own: each slot of a run is
 * looked up in the table of the records read.
 *
 * Returns four `bytes`: query (int64), slot (int64), date agreement (int8), weight (float64).
 *
 * Date agreement is `birth_dates.compare_birth_dates` on birth codes; a property test checks
 * that both agree on dates built to collide.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* positions in birth_codes.AGREEMENTS (the order of birth_dates.DateAgreement) */
enum { EXACT, CONSISTENT, CLOSE, DIGIT, NEAR, DIFFERENT, MISSING, AGREEMENT_COUNT };

#define EMPTY (-1)
#define DEAD UINT32_MAX /* no birth code: the digits of a date are at most 9 */

static int decimal_byte(uint32_t code) { return (int)((code >> 4 & 0xF) * 10 + (code & 0xF)); }

static int decimal_year(uint32_t code) {
    return decimal_byte(code >> 8 & 0xFF) * 100 + decimal_byte(code & 0xFF);
}

static int digits_apart(uint32_t first, uint32_t second) {
    const uint32_t differ = first ^ second;
    return __builtin_popcount((differ | differ >> 1 | differ >> 2 | differ >> 3) & 0x11111111u);
}

/* 0: the year only, 1: year and month, 2: the full date */
static int precision_of(uint32_t code) { return ((code >> 8 & 0xFF) != 0) + ((code & 0xFF) != 0); }

static int8_t agreement(uint32_t first, uint32_t second) {
    if (first == 0 || second == 0) return MISSING;
    if (first == second) return EXACT;
    const uint32_t year = first >> 16, month = first >> 8 & 0xFF, day = first & 0xFF;
    const uint32_t years = second >> 16, months = second >> 8 & 0xFF, days = second & 0xFF;
    const int same_year = year == years, same_month = month == months, same_day = day == days;
    const int year_apart = abs(decimal_year(year) - decimal_year(years));
    const int precision = precision_of(first), precisions = precision_of(second);
    const int coarser = precision < precisions ? precision : precisions;
    const int consistent =
        same_year && (coarser == 0 || (same_month && (coarser == 1 || same_day)));
    if (precision != precisions && consistent) return CONSISTENT;
    if ((precision == 0 || precisions == 0) && year_apart == 1) return NEAR;
    if (precision != precisions || precision == 0) return DIFFERENT;
    const int same_day_and_month = same_year && same_month && precision == 2;
    if ((precision == 2 && same_year && day == months && month == days) ||
        (same_month && same_day && year_apart == 1) ||
        (same_day_and_month && abs(decimal_byte(day) - decimal_byte(days)) == 1))
        return CLOSE;
    if (!same_day_and_month && digits_apart(first, second) == 1) return DIGIT;
    return DIFFERENT;
}

typedef struct {
    Py_buffer view;
    int held;
} Array;

static int take_array(PyObject *object, Array *array, Py_ssize_t itemsize, const char *formats,
                      const char *what) {
    if (PyObject_GetBuffer(object, &array->view, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0)
        return -1;
    array->held = 1;
    const char *format = array->view.format;
    /* NumPy writes int64 as "l" or "q" by platform: compare the kind and the size */
    if (array->view.itemsize != itemsize || format == NULL || format[0] == '\0' ||
        strchr(formats, format[strlen(format) - 1]) == NULL) {
        PyErr_Format(PyExc_TypeError, "%s must be a contiguous array of %zd-byte items ('%s')",
                     what, itemsize, formats);
        return -1;
    }
    return 0;
}

static Py_ssize_t length_of(const Array *array) {
    return array->view.len / array->view.itemsize;
}

/* Working memory kept between calls (the GIL is held throughout): fresh large allocations
 * cost a page fault per 4 KiB first touched, more than the work done in them. */
static int64_t *kept_members;
static double *kept_totals;
static int8_t *kept_agreements;
static uint32_t *kept_births;
static Py_ssize_t *kept_order, *kept_table;
static Py_ssize_t kept_length, kept_table_length;

static int keep_room(Py_ssize_t length, Py_ssize_t table_length) {
    if (length > kept_length) {
        int64_t *members = PyMem_Realloc(kept_members, sizeof(int64_t) * length);
        if (members) kept_members = members;
        double *totals = PyMem_Realloc(kept_totals, sizeof(double) * length);
        if (totals) kept_totals = totals;
        Py_ssize_t *order = PyMem_Realloc(kept_order, sizeof(Py_ssize_t) * length);
        if (order) kept_order = order;
        int8_t *agreements = PyMem_Realloc(kept_agreements, length);
        if (agreements) kept_agreements = agreements;
        uint32_t *born = PyMem_Realloc(kept_births, sizeof(uint32_t) * length);
        if (born) kept_births = born;
        if (!members || !totals || !order || !agreements || !born) return -1;
        kept_length = length;
    }
    if (table_length > kept_table_length) {
        Py_ssize_t *table = PyMem_Realloc(kept_table, sizeof(Py_ssize_t) * table_length);
        if (!table) return -1;
        kept_table = table;
        kept_table_length = table_length;
    }
    return 0;
}

static Py_ssize_t table_length_for(Py_ssize_t count) {
    Py_ssize_t length = 16;
    while (length < 2 * count) length <<= 1;
    return length;
}

/* The table of the query being shortlisted: for each member read, its position in kept_*. */
static uint64_t table_mask;

/* Where `member` is or would go in the table. */
static Py_ssize_t place_of(int64_t member) {
    /* Fibonacci hashing spreads neighbouring slot numbers over the table */
    uint64_t at = ((uint64_t)member * 0x9E3779B97F4A7C15ull) >> 24 & table_mask;
    while (kept_table[at] != EMPTY && kept_members[kept_table[at]] != member)
        at = (at + 1) & table_mask;
    return (Py_ssize_t)at;
}

/* One query's postings summed per member into kept_members/kept_totals; returns how many
 * distinct members, in the order first read. */
static Py_ssize_t sum_members(const int64_t *members, const double *values, Py_ssize_t count) {
    const Py_ssize_t length = table_length_for(count);
    table_mask = (uint64_t)length - 1;
    for (Py_ssize_t i = 0; i < length; i++) kept_table[i] = EMPTY;
    Py_ssize_t distinct = 0;
    for (Py_ssize_t i = 0; i < count; i++) {
        const Py_ssize_t at = place_of(members[i]);
        if (kept_table[at] == EMPTY) {
            kept_table[at] = distinct;
            kept_members[distinct] = members[i];
            kept_totals[distinct++] = values[i];
        } else {
            kept_totals[kept_table[at]] += values[i];
        }
    }
    return distinct;
}

/* A bit per member read (hashed): most slots of an unread run were not read, and are passed
 * over at the cost of one load from eight kilobytes rather than a probe of the table. */
#define FILTER_BITS 16
static uint64_t filter[(1 << FILTER_BITS) / 64];

static uint32_t filter_bit(int64_t member) {
    return (uint32_t)(((uint64_t)member * 0xD6E8FEB86659FD93ull) >> (64 - FILTER_BITS));
}

/* Adds the weight of each of `count` unread runs to the totals of the `possible` members read
 * (positions in kept_order) that it holds. */
static void add_unread(const Array *runs, const double *weights, Py_ssize_t count,
                       Py_ssize_t possible) {
    memset(filter, 0, sizeof(filter));
    for (Py_ssize_t i = 0; i < possible; i++) {
        const uint32_t bit = filter_bit(kept_members[kept_order[i]]);
        filter[bit >> 6] |= 1ull << (bit & 63);
    }
    for (Py_ssize_t r = 0; r < count; r++) {
        const int32_t *run = runs[r].view.buf;
        const Py_ssize_t length = length_of(&runs[r]);
        for (Py_ssize_t k = 0; k < length; k++) {
            const uint32_t bit = filter_bit(run[k]);
            if (!(filter[bit >> 6] >> (bit & 63) & 1)) continue;
            const Py_ssize_t found = kept_table[place_of(run[k])];
            if (found != EMPTY) kept_totals[found] += weights[r];
        }
    }
}

/* The ceilings of the query being shortlisted, by date agreement. */
static const double *group_ceiling;

/* Whether the candidate at `a` ranks after the one at `b`: less weight; or equal weight and a
 * lower ceiling, its date of birth agreeing worse (namesakes share the very same keys); or
 * both equal and read later. */
static int ranks_after(Py_ssize_t a, Py_ssize_t b) {
    if (kept_totals[a] != kept_totals[b]) return kept_totals[a] < kept_totals[b];
    const double ceiling_a = group_ceiling[kept_agreements[a]];
    const double ceiling_b = group_ceiling[kept_agreements[b]];
    if (ceiling_a != ceiling_b) return ceiling_a < ceiling_b;
    return a > b;
}

static void sift_down(Py_ssize_t *heap, Py_ssize_t size, Py_ssize_t at) {
    /* a heap whose root ranks last, so that it is the one to give way */
    for (;;) {
        Py_ssize_t child = 2 * at + 1, last = at;
        if (child < size && ranks_after(heap[child], heap[last])) last = child;
        if (child + 1 < size && ranks_after(heap[child + 1], heap[last])) last = child + 1;
        if (last == at) return;
        const Py_ssize_t swap = heap[at];
        heap[at] = heap[last];
        heap[last] = swap;
        at = last;
    }
}

/* Of the `possible` candidates (positions in kept_*), the `count` best, best first, into
 * kept_order; returns how many. */
static Py_ssize_t best_of(Py_ssize_t possible, Py_ssize_t count) {
    Py_ssize_t *heap = kept_order;
    if (possible <= count) {
        count = possible;
        for (Py_ssize_t i = count / 2 - 1; i >= 0; i--) sift_down(heap, count, i);
    } else {
        for (Py_ssize_t i = count / 2 - 1; i >= 0; i--) sift_down(heap, count, i);
        for (Py_ssize_t i = count; i < possible; i++) {
            if (ranks_after(heap[0], heap[i])) {
                heap[0] = heap[i];
                sift_down(heap, count, 0);
            }
        }
    }
    /* heap sort: the candidate that ranks last goes to the end each time */
    for (Py_ssize_t size = count - 1; size > 0; size--) {
        const Py_ssize_t swap = heap[0];
        heap[0] = heap[size];
        heap[size] = swap;
        sift_down(heap, size, 0);
    }
    return count;
}

static PyObject *shortlist(PyObject *self, PyObject *args) {
    PyObject *objects[9], *run_list;
    double threshold;
    Py_ssize_t count;
    if (!PyArg_ParseTuple(args, "OOOOOOOdnOOO!:shortlist", &objects[0], &objects[1], &objects[2],
                          &objects[3], &objects[4], &objects[5], &objects[6], &threshold, &count,
                          &objects[7], &objects[8], &PyList_Type, &run_list))
        return NULL;
    static const char *names[9] = {"groups",       "members",  "values",     "births",
                                   "alive",        "query_births", "ceilings", "run_groups",
                                   "run_weights"};
    static const char *formats[9] = {"lq", "lq", "d", "I", "B?", "I", "d", "lq", "d"};
    static const Py_ssize_t sizes[9] = {8, 8, 8, 4, 1, 4, 8, 8, 8};
    Array arrays[9] = {{{0}, 0}};
    const Py_ssize_t run_count = PyList_GET_SIZE(run_list);
    Array *runs = PyMem_Calloc(run_count ? run_count : 1, sizeof(Array));
    PyObject *result = NULL;
    PyObject *out[4] = {NULL, NULL, NULL, NULL};
    if (runs == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (int i = 0; i < 9; i++)
        if (take_array(objects[i], &arrays[i], sizes[i], formats[i], names[i]) < 0) goto done;
    for (Py_ssize_t r = 0; r < run_count; r++)
        if (take_array(PyList_GET_ITEM(run_list, r), &runs[r], 4, "il", "runs") < 0) goto done;
    const Py_ssize_t n = length_of(&arrays[0]), slots = length_of(&arrays[3]);
    const Py_ssize_t queries = length_of(&arrays[5]);
    const int64_t *groups = arrays[0].view.buf, *members = arrays[1].view.buf;
    const double *values = arrays[2].view.buf, *ceilings = arrays[6].view.buf;
    const uint32_t *births = arrays[3].view.buf, *query_births = arrays[5].view.buf;
    const uint8_t *alive = arrays[4].view.buf;
    if (length_of(&arrays[1]) != n || length_of(&arrays[2]) != n ||
        length_of(&arrays[4]) != slots || length_of(&arrays[6]) != queries * AGREEMENT_COUNT ||
        length_of(&arrays[7]) != run_count || length_of(&arrays[8]) != run_count || count < 0) {
        PyErr_SetString(PyExc_ValueError,
                        "shortlist: arrays of mismatched lengths, or a negative count");
        goto done;
    }
    const int64_t *run_groups = arrays[7].view.buf;
    const double *run_weights = arrays[8].view.buf;
    for (Py_ssize_t r = 0; r < run_count; r++)
        if (run_groups[r] < 0 || run_groups[r] >= queries
            || (r > 0 && run_groups[r] < run_groups[r - 1])) {
            PyErr_Format(PyExc_ValueError, "shortlist: run groups out of range or order at %zd",
                         r);
            goto done;
        }
    Py_ssize_t largest = 0;
    for (Py_ssize_t start = 0, end; start < n; start = end) {
        if (groups[start] < 0 || groups[start] >= queries) {
            PyErr_Format(PyExc_ValueError, "shortlist: query %lld out of range",
                         (long long)groups[start]);
            goto done;
        }
        for (end = start + 1; end < n && groups[end] == groups[start]; end++)
            ;
        if (end < n && groups[end] < groups[start]) {
            PyErr_Format(PyExc_ValueError, "shortlist: groups not ascending at %zd", end);
            goto done;
        }
        if (end - start > largest) largest = end - start;
    }
    for (Py_ssize_t i = 0; i < n; i++)
        if (members[i] < 0 || members[i] >= slots) {
            PyErr_Format(PyExc_ValueError, "shortlist: slot %lld out of range",
                         (long long)members[i]);
            goto done;
        }
    if (keep_room(largest, table_length_for(largest)) < 0) {
        PyErr_NoMemory();
        goto done;
    }
    /* at most `count` per query kept (or all read): room for the larger of the two */
    Py_ssize_t room = count ? (n < queries * count ? n : queries * count) : n;
    out[0] = PyBytes_FromStringAndSize(NULL, room * 8);
    out[1] = PyBytes_FromStringAndSize(NULL, room * 8);
    out[2] = PyBytes_FromStringAndSize(NULL, room);
    out[3] = PyBytes_FromStringAndSize(NULL, room * 8);
    if (!out[0] || !out[1] || !out[2] || !out[3]) goto done;
    int64_t *out_groups = (int64_t *)PyBytes_AS_STRING(out[0]);
    int64_t *out_members = (int64_t *)PyBytes_AS_STRING(out[1]);
    int8_t *out_agreements = (int8_t *)PyBytes_AS_STRING(out[2]);
    double *out_totals = (double *)PyBytes_AS_STRING(out[3]);
    Py_ssize_t written = 0, run = 0;
    for (Py_ssize_t start = 0, end; start < n; start = end) {
        const int64_t group = groups[start];
        for (end = start + 1; end < n && groups[end] == group; end++)
            ;
        const Py_ssize_t distinct = sum_members(members + start, values + start, end - start);
        const double *ceiling = ceilings + group * AGREEMENT_COUNT;
        const uint32_t born = query_births[group];
        Py_ssize_t possible = 0;
        /* gathered first, in a loop of independent loads: in a large index most miss the
         * cache, and the branches of `agreement` would keep them from overlapping */
        for (Py_ssize_t i = 0; i < distinct; i++) {
            const int64_t member = kept_members[i];
            kept_births[i] = alive[member] ? births[member] : DEAD;
        }
        for (Py_ssize_t i = 0; i < distinct; i++) {
            if (kept_births[i] == DEAD) continue;
            kept_agreements[i] = agreement(born, kept_births[i]);
            if (ceiling[kept_agreements[i]] >= threshold) kept_order[possible++] = i;
        }
        while (run < run_count && run_groups[run] < group) run++;
        Py_ssize_t runs_end = run;
        while (runs_end < run_count && run_groups[runs_end] == group) runs_end++;
        /* the order matters only where the shortlist is cut */
        if (runs_end > run && (count == 0 || possible > count))
            add_unread(runs + run, run_weights + run, runs_end - run, possible);
        run = runs_end;
        group_ceiling = ceiling;
        const Py_ssize_t kept = count ? best_of(possible, count) : possible;
        for (Py_ssize_t k = 0; k < kept; k++) {
            const Py_ssize_t i = kept_order[k];
            out_groups[written] = group;
            out_members[written] = kept_members[i];
            out_agreements[written] = kept_agreements[i];
            out_totals[written] = kept_totals[i];
            written++;
        }
    }
    if (_PyBytes_Resize(&out[0], written * 8) < 0 || _PyBytes_Resize(&out[1], written * 8) < 0 ||
        _PyBytes_Resize(&out[2], written) < 0 || _PyBytes_Resize(&out[3], written * 8) < 0)
        goto done;
    result = PyTuple_Pack(4, out[0], out[1], out[2], out[3]);
done:
    for (int i = 0; i < 4; i++) Py_XDECREF(out[i]);
    for (int i = 0; i < 9; i++)
        if (arrays[i].held) PyBuffer_Release(&arrays[i].view);
    if (runs != NULL) {
        for (Py_ssize_t r = 0; r < run_count; r++)
            if (runs[r].held) PyBuffer_Release(&runs[r].view);
        PyMem_Free(runs);
    }
    return result;
}

static PyMethodDef methods[] = {
    {"shortlist", shortlist, METH_VARARGS,
     "shortlist(groups, members, values, births, alive, query_births, ceilings, threshold, "
     "count, run_groups, run_weights, runs) -> (queries, slots, agreements, weights) as bytes"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module_definition = {
    PyModuleDef_HEAD_INIT, "_shortlist", "Compiled shortlists for screening.", -1, methods,
};

PyMODINIT_FUNC PyInit__shortlist(void) { return PyModule_Create(&module_definition); }
