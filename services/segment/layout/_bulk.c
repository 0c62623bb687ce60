/* Bulk questions to pdfium: a page's drawn paths, a line's words, a run's first glyph.

Through ctypes every pdfium call costs some 3-4K instructions of which pdfium's own work is a
fraction; a page set one text object per glyph asks ~1,800 objects their kind, and every page
asks each word's end glyphs their loose boxes. This module asks the same questions in C and
hands back what the Python code read before, value for value (glyphs.py, grids.py).

It links to nothing: `bind` receives the addresses of the pdfium functions that pypdfium2 has
loaded (glyphs.py takes them), so it needs neither pdfium's headers nor its library at build
time. The prototypes below are pdfium's (fpdfview.h, fpdf_text.h, fpdf_edit.h): handles are
pointers, FPDF_BOOL an int, FS_RECTF four floats (left, top, right, bottom). The GIL is kept
over every call: pdfium is not thread-safe, and pypdfium2 serialises its calls the same way. */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

typedef void *handle_t;
typedef int pdf_bool;
typedef struct {
    float left, top, right, bottom;
} rectf;

typedef int (*count_objects_fn)(handle_t);
typedef handle_t (*page_object_fn)(handle_t, int);
typedef handle_t (*form_object_fn)(handle_t, unsigned long);
typedef int (*object_type_fn)(handle_t);
typedef pdf_bool (*bounds_fn)(handle_t, float *, float *, float *, float *);
typedef pdf_bool (*loose_box_fn)(handle_t, int, rectf *);
typedef int (*font_weight_fn)(handle_t, int);
typedef double (*font_size_fn)(handle_t, int);
typedef pdf_bool (*matrix_fn)(handle_t, int, float *); /* FS_MATRIX: six floats a..f */
typedef pdf_bool (*origin_fn)(handle_t, int, double *, double *);
typedef int (*count_rects_fn)(handle_t, int, int);
typedef unsigned long (*font_info_fn)(handle_t, int, void *, unsigned long, int *);
typedef handle_t (*text_object_fn)(handle_t, int);
typedef int (*is_generated_fn)(handle_t, int);
typedef pdf_bool (*char_box_fn)(handle_t, int, double *, double *, double *, double *);
typedef int (*text_index_fn)(handle_t, int);
typedef int (*get_text_fn)(handle_t, int, int, unsigned short *);
typedef float (*char_angle_fn)(handle_t, int);
typedef handle_t (*object_font_fn)(handle_t);
typedef int (*render_mode_fn)(handle_t);

static count_objects_fn page_count;
static page_object_fn page_get;
static count_objects_fn form_count;
static form_object_fn form_get;
static object_type_fn object_type;
static bounds_fn object_bounds;
static loose_box_fn loose_box;
static font_weight_fn font_weight;
static font_size_fn font_size;
static matrix_fn text_matrix;
static origin_fn char_origin;
static count_rects_fn count_rects_of;
static font_info_fn font_info;
static text_object_fn text_object;
static is_generated_fn is_generated;
static char_box_fn char_box;
static text_index_fn text_index;
static get_text_fn get_text;
static char_angle_fn char_angle;
static bounds_fn crop_box;
static bounds_fn media_box;
static object_font_fn object_font;
static render_mode_fn render_mode;

#define TEXT_OBJECT 1  /* FPDF_PAGEOBJ_TEXT */
#define PATH_OBJECT 2  /* FPDF_PAGEOBJ_PATH */
#define FORM_OBJECT 5  /* FPDF_PAGEOBJ_FORM */
#define FORM_LEVELS 2  /* forms are read this many levels down */

/* What `paths` reports when pdfium fails (grids.py raises PdfiumError with its message). */
#define NO_COUNT 1
#define NO_OBJECT 2
#define NO_BOUNDS 3

static int bound;

/* Py_UNICODE_ISDECIMAL, _ISALNUM and _ISALPHA with ASCII decided without Unicode's table (a
   call and a lookup a character, some 1,800 a per-glyph page): the same answers, ASCII's
   decimals being 0-9, its letters A-Z and a-z and nothing else in it alphanumeric
   (test_speed39.py compares decimal_in and digit_after with the regex engine's \d over every
   character, and every line of the fixtures and corpus read both ways). */
static inline int
is_decimal(Py_UCS4 c)
{
    return c < 0x80 ? c >= '0' && c <= '9' : Py_UNICODE_ISDECIMAL(c);
}

static inline int
is_alpha(Py_UCS4 c)
{
    return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Py_UNICODE_ISALPHA(c);
}

static inline int
is_alnum(Py_UCS4 c)
{
    return c < 0x80 ? (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
                    : Py_UNICODE_ISALNUM(c);
}

static void *
address_of(PyObject *value)
{
    void *address = PyLong_AsVoidPtr(value);
    if (address == NULL && !PyErr_Occurred())
        PyErr_SetString(PyExc_ValueError, "a null pdfium address");
    return address;
}

/* A glyph index as a C int (PyLong_AsInt is public from 3.13 on). */
static int
as_int(PyObject *value, int *out)
{
    long wide = PyLong_AsLong(value);
    if (wide == -1 && PyErr_Occurred())
        return 0;
    if (wide < INT_MIN || wide > INT_MAX) {
        PyErr_SetString(PyExc_OverflowError, "a glyph index beyond a C int");
        return 0;
    }
    *out = (int)wide;
    return 1;
}

static PyObject *
bind(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    void *found[23];
    if (nargs != 23) {
        PyErr_SetString(PyExc_TypeError, "bind takes the 23 pdfium function addresses");
        return NULL;
    }
    for (Py_ssize_t k = 0; k < nargs; k++) {
        found[k] = address_of(args[k]);
        if (found[k] == NULL)
            return NULL;
    }
    page_count = (count_objects_fn)found[0];
    page_get = (page_object_fn)found[1];
    form_count = (count_objects_fn)found[2];
    form_get = (form_object_fn)found[3];
    object_type = (object_type_fn)found[4];
    object_bounds = (bounds_fn)found[5];
    loose_box = (loose_box_fn)found[6];
    font_weight = (font_weight_fn)found[7];
    font_size = (font_size_fn)found[8];
    text_matrix = (matrix_fn)found[9];
    char_origin = (origin_fn)found[10];
    count_rects_of = (count_rects_fn)found[11];
    font_info = (font_info_fn)found[12];
    text_object = (text_object_fn)found[13];
    is_generated = (is_generated_fn)found[14];
    char_box = (char_box_fn)found[15];
    text_index = (text_index_fn)found[16];
    get_text = (get_text_fn)found[17];
    char_angle = (char_angle_fn)found[18];
    crop_box = (bounds_fn)found[19];
    media_box = (bounds_fn)found[20];
    object_font = (object_font_fn)found[21];
    render_mode = (render_mode_fn)found[22];
    bound = 1;
    Py_RETURN_NONE;
}

static int
ready(void)
{
    if (!bound)
        PyErr_SetString(PyExc_RuntimeError, "_bulk.bind has not been called");
    return bound;
}

/* The page or text page a call is about, its first argument, after the count of arguments
   and `bind` are checked; NULL with a Python error set otherwise. */
static handle_t
first_handle(PyObject *const *args, Py_ssize_t nargs, Py_ssize_t expected, const char *usage)
{
    if (nargs != expected) {
        PyErr_SetString(PyExc_TypeError, usage);
        return NULL;
    }
    if (!ready())
        return NULL;
    return address_of(args[0]);
}

/* The text page and the glyph index i of a call taking just those two (loose_box, invisible):
   NULL with a Python error set (`usage` where they are not two). */
static handle_t
page_and_index(PyObject *const *args, Py_ssize_t nargs, const char *usage, int *i)
{
    handle_t textpage = first_handle(args, nargs, 2, usage);
    if (textpage == NULL || !as_int(args[1], i))
        return NULL;
    return textpage;
}

/* A tuple of the n new references in `items` (taken over), NULL if any is NULL (the others
   released): what Py_BuildValue("(...N)") makes, without reading a format on every call. */
static PyObject *
tuple_of(Py_ssize_t n, PyObject **items)
{
    PyObject *out = NULL;
    int missing = 0;
    for (Py_ssize_t k = 0; k < n; k++)
        missing |= items[k] == NULL;
    if (!missing)
        out = PyTuple_New(n);
    if (out == NULL) {
        for (Py_ssize_t k = 0; k < n; k++)
            Py_XDECREF(items[k]);
        return NULL;
    }
    for (Py_ssize_t k = 0; k < n; k++)
        PyTuple_SET_ITEM(out, k, items[k]);
    return out;
}

/* What `take` says when `out` holds more than `most`: the walk stops (not an error). */
#define FULL 4

/* One object of a walk (see `collect`): a path appended to `out` as ((left, bottom, right,
   top), address), a form's objects taken in turn. Returns 0, FULL, a NO_* code, or -1 with a
   Python error set. */
static int collect(handle_t parent, int level, Py_ssize_t most, PyObject *out);

static int
take(handle_t obj, int level, Py_ssize_t most, PyObject *out)
{
    int kind = object_type(obj);
    if (kind == TEXT_OBJECT)
        return 0;
    if (obj == NULL)
        return NO_OBJECT;
    if (kind == PATH_OBJECT) {
        float left, bottom, right, top;
        if (!object_bounds(obj, &left, &bottom, &right, &top))
            return NO_BOUNDS;
        PyObject *entry = Py_BuildValue(
            "((dddd)N)", (double)left, (double)bottom, (double)right, (double)top,
            PyLong_FromVoidPtr(obj));
        if (entry == NULL)
            return -1;
        int failed = PyList_Append(out, entry);
        Py_DECREF(entry);
        if (failed)
            return -1;
        return PyList_GET_SIZE(out) > most ? FULL : 0;
    }
    if (kind == FORM_OBJECT && level < FORM_LEVELS) {
        int code = collect(obj, level + 1, most, out);
        if (code)
            return code;
        return PyList_GET_SIZE(out) > most ? FULL : 0;
    }
    return 0;
}

/* Append each path object under `parent` (a page, or a form at `level`) to `out` as
   ((left, bottom, right, top), address), forms `FORM_LEVELS` deep, in page order, until
   `out` holds more than `most`. Returns 0, a NO_* code, or -1 with a Python error set. */
static int
collect(handle_t parent, int level, Py_ssize_t most, PyObject *out)
{
    int n = level ? form_count(parent) : page_count(parent);
    if (n < 0)
        return NO_COUNT;
    for (int i = 0; i < n; i++) {
        handle_t obj = level ? form_get(parent, (unsigned long)i) : page_get(parent, i);
        int code = take(obj, level, most, out);
        if (code)
            return code == FULL ? 0 : code;
    }
    return 0;
}

static PyObject *
paths(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    handle_t page =
        first_handle(args, nargs, 2, "paths takes a page's address and the most paths");
    if (page == NULL)
        return NULL;
    Py_ssize_t most = PyLong_AsSsize_t(args[1]);
    if (most == -1 && PyErr_Occurred())
        return NULL;
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    int code = collect(page, 0, most, out);
    if (code == 0)
        return out;
    Py_DECREF(out);
    return code < 0 ? NULL : PyLong_FromLong(code);
}

/* The distinct text objects behind a text page's characters, each with its rank: the order of
   its first character. A glyph's object is usually the one before's, so a pointer is looked up
   in the open-addressing table only where it changes. */
typedef struct {
    handle_t *keys;
    int *ranks; /* NULL where no rank is asked for */
    size_t mask;
    int bits;
    int distinct;
} text_objects;

static size_t
slot_of(const text_objects *t, handle_t obj)
{
    size_t at = (size_t)(((uint64_t)(uintptr_t)obj * 0x9E3779B97F4A7C15ull) >> (64 - t->bits));
    while (t->keys[at] != NULL && t->keys[at] != obj)
        at = (at + 1) & t->mask;
    return at;
}

/* Read the distinct objects behind characters 0..chars-1 into `t`, sized for `n` objects, until
   more than `n` are found (a generated character has none). 0 with a Python error set where
   memory fails. */
static int
read_text_objects(handle_t textpage, int chars, int n, int ranked, text_objects *t)
{
    t->bits = 6;
    while (((size_t)1 << t->bits) < 2 * (size_t)n)
        t->bits++;
    t->mask = ((size_t)1 << t->bits) - 1;
    t->distinct = 0;
    t->ranks = NULL;
    t->keys = PyMem_Calloc(t->mask + 1, sizeof(handle_t));
    if (t->keys != NULL && ranked)
        t->ranks = PyMem_Malloc((t->mask + 1) * sizeof(int));
    if (t->keys == NULL || (ranked && t->ranks == NULL)) {
        PyMem_Free(t->keys);
        t->keys = NULL;
        PyErr_NoMemory();
        return 0;
    }
    handle_t last = NULL;
    for (int i = 0; i < chars && t->distinct <= n; i++) {
        handle_t obj = text_object(textpage, i);
        if (obj == NULL || obj == last)
            continue;
        last = obj;
        size_t at = slot_of(t, obj);
        if (t->keys[at] == NULL) {
            t->keys[at] = obj;
            if (ranked)
                t->ranks[at] = t->distinct;
            t->distinct++;
        }
    }
    return 1;
}

static void
free_text_objects(text_objects *t)
{
    PyMem_Free(t->keys);
    PyMem_Free(t->ranks);
}

/* The page, its text page and a count of characters, a call's first three arguments (of
   `expected`); 0 with a Python error set where they are not. */
static int
page_and_text(PyObject *const *args, Py_ssize_t nargs, Py_ssize_t expected, const char *usage,
              handle_t *page, handle_t *textpage, int *chars)
{
    *page = first_handle(args, nargs, expected, usage);
    if (*page == NULL)
        return 0;
    *textpage = address_of(args[1]);
    return *textpage != NULL && as_int(args[2], chars);
}

/* Whether every object of the page is a text object its text page read (grids.py: such a
   page draws no path, so the walk above has nothing to find): the page's count of objects
   against the count of distinct text objects behind characters 0..chars-1 (a generated
   character has none). Only exact where the page draws no form XObject, whose text objects the
   text page reads too: the caller knows that (grids.may_draw_forms). False where pdfium does
   not count the page's objects. */
static PyObject *
text_only(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    handle_t page, textpage;
    int chars;
    if (!page_and_text(args, nargs, 3, "text_only takes a page's and its text page's addresses "
                       "and a count", &page, &textpage, &chars))
        return NULL;
    int n = page_count(page);
    if (n < 0 || chars < n) /* each object the text page read gave it a character at least */
        Py_RETURN_FALSE;
    if (n == 0)
        Py_RETURN_TRUE;
    text_objects t;
    if (!read_text_objects(textpage, chars, n, 0, &t))
        return NULL;
    free_text_objects(&t);
    return PyBool_FromLong(t.distinct == n);
}

/* The search of `drawn` (below): which of a page's n objects are not text objects its text
   page read ("others"). seen[k]: 0 not asked, 1 a text object read, 2 another; got[k] the
   object asked for. `broken`: the ranks contradict the page's order, the search stops. */
typedef struct {
    handle_t page;
    const text_objects *t;
    handle_t *got;
    unsigned char *seen;
    int others;
    int broken;
} search;

static int
ask(search *s, int k)
{
    if (!s->seen[k]) {
        handle_t obj = page_get(s->page, k);
        s->got[k] = obj;
        s->seen[k] = obj != NULL && s->t->keys[slot_of(s->t, obj)] == obj ? 1 : 2;
        s->others += s->seen[k] == 2;
    }
    return s->seen[k];
}

/* Before object k, a read text object of rank r: k - r others stand before it if the page holds
   the read objects in the order of their first characters. */
static int
others_before(search *s, int k)
{
    return k - s->t->ranks[slot_of(s->t, s->got[k])];
}

/* Find the others between objects a and b (not themselves; a is -1 or a text object read, b
   one or n), da and db others standing before each as their ranks tell. Where the counts agree
   nothing lies between (a guess, which `drawn` proves by the count of others found); else the
   middle is asked, and around another the objects next to it, out to a text object read on
   each side. A count that cannot be (fewer than none, more than the objects between) shows
   the text page's order is not the page's: the search stops. */
static void
find(search *s, int a, int da, int b, int db)
{
    int inner = b - a - 1, expected = db - da;
    if (s->broken || expected == 0)
        return;
    if (expected < 0 || expected > inner) {
        s->broken = 1;
        return;
    }
    if (expected == inner) {
        for (int k = a + 1; k < b; k++)
            ask(s, k);
        return;
    }
    int mid = a + (b - a) / 2;
    if (ask(s, mid) == 1) {
        int dm = others_before(s, mid);
        find(s, a, da, mid, dm);
        find(s, mid, dm, b, db);
        return;
    }
    int left = mid - 1, right = mid + 1;
    while (left > a && ask(s, left) == 2)
        left--;
    while (right < b && ask(s, right) == 2)
        right++;
    int dl = left > a ? others_before(s, left) : da;
    int dr = right < b ? others_before(s, right) : db;
    if (dr - dl != right - left - 1) { /* the others between are all asked */
        s->broken = 1;
        return;
    }
    find(s, a, da, left, dl);
    find(s, right, dr, b, db);
}

/* The page's path objects as `paths` gives them, value for value, asking pdfium for fewer of
   the page's objects where most are text objects its text page read (a page set one object
   per glyph: ~1,800 objects, each asked for costs pdfium a check of the page's dictionary).
   The text page reads a page's text objects in content order, but it sorts a line's objects
   by x and passes some over (no width, one drawn again on itself, ActualText), so where its
   order is not the page's the search may miss others. It is trusted only when it found as many
   others as the page has objects beyond the distinct text objects read (each found one is an
   object of the page, asked for at its own index): then none is left unasked. Else the page is
   walked whole. Only for a document that draws no form XObject (the text page reads a form's
   text objects too, and they would make up the count): the caller knows that
   (grids.may_draw_forms). [] where the page holds only text objects read, as `text_only`. */
static PyObject *
drawn(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    handle_t page, textpage;
    int chars;
    if (!page_and_text(args, nargs, 4, "drawn takes a page's and its text page's addresses, a "
                       "count and the most paths", &page, &textpage, &chars))
        return NULL;
    Py_ssize_t most = PyLong_AsSsize_t(args[3]);
    if (most == -1 && PyErr_Occurred())
        return NULL;
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    int n = page_count(page), code = 0;
    text_objects t = {NULL, NULL, 0, 0, 0};
    search s = {page, &t, NULL, NULL, 0, 0};
    if (n <= 0) {
        code = n < 0 ? NO_COUNT : 0;
        goto done;
    }
    if (!read_text_objects(textpage, chars, n, 1, &t)) {
        code = -1;
        goto done;
    }
    int others = n - t.distinct;
    if (others == 0)
        goto done;
    if (others < 0 || 4 * (Py_ssize_t)others > n) /* the search would ask nearly all */
        goto whole;
    s.got = PyMem_Malloc((size_t)n * sizeof(handle_t));
    s.seen = PyMem_Calloc((size_t)n, 1);
    if (s.got == NULL || s.seen == NULL) {
        PyErr_NoMemory();
        code = -1;
        goto done;
    }
    find(&s, -1, 0, n, others);
    if (s.broken || s.others != others)
        goto whole;
    for (int k = 0; k < n && !code; k++)
        if (s.seen[k] == 2)
            code = take(s.got[k], 0, most, out);
    code = code == FULL ? 0 : code;
    goto done;
whole:
    code = collect(page, 0, most, out);
done:
    free_text_objects(&t);
    PyMem_Free(s.got);
    PyMem_Free(s.seen);
    if (code == 0)
        return out;
    Py_DECREF(out);
    return code < 0 ? NULL : PyLong_FromLong(code);
}

/* What a run starting at glyph i is measured by (glyphs.Glyphs.run_start): its type size on
   the page, the em (the font size times the text matrix's scale of its y axis, hypot(c, d),
   asked of `hypot`: Python's math.hypot, whose last bit C's own need not give, except where c
   or d is zero: the other's absolute value, which is math.hypot's answer to the bit; 0.0 where
   pdfium has no size or no matrix), and its origin's y, the baseline (None if pdfium has
   none). */
/* run_start's answer for glyph i into *em and *y (*placed: pdfium has an origin); 0 with a
   Python error set where `hypot` fails. */
static int
start_of_run(handle_t textpage, PyObject *hypot, int i, double *em, double *y, int *placed)
{
    double size = font_size(textpage, i);
    float matrix[6];
    int scaled = text_matrix(textpage, i, matrix) != 0;
    double x;
    *placed = char_origin(textpage, i, &x, y) != 0;
    *em = 0.0;
    if (size != 0.0 && scaled && (matrix[2] == 0.0f || matrix[3] == 0.0f)) {
        /* One of the two is zero (type set level, or turned a quarter): math.hypot(c, d) is the
           other's absolute value, exactly (test_speed45 holds this against math.hypot). */
        *em = size * fabs((double)(matrix[2] == 0.0f ? matrix[3] : matrix[2]));
    }
    else if (size != 0.0 && scaled) {
        PyObject *cd[2] = {PyFloat_FromDouble((double)matrix[2]),
                           PyFloat_FromDouble((double)matrix[3])};
        PyObject *h = NULL;
        if (cd[0] != NULL && cd[1] != NULL)
            h = PyObject_Vectorcall(hypot, cd, 2, NULL);
        Py_XDECREF(cd[0]);
        Py_XDECREF(cd[1]);
        if (h == NULL)
            return 0;
        double scale = PyFloat_AsDouble(h);
        Py_DECREF(h);
        if (scale == -1.0 && PyErr_Occurred())
            return 0;
        *em = size * scale;
    }
    return 1;
}

static PyObject *
run_start(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    handle_t textpage = first_handle(
        args, nargs, 3, "run_start takes a text page's address, math.hypot and i");
    if (textpage == NULL)
        return NULL;
    int i;
    if (!as_int(args[2], &i))
        return NULL;
    double em, y;
    int placed;
    if (!start_of_run(textpage, args[1], i, &em, &y, &placed))
        return NULL;
    PyObject *out[2] = {PyFloat_FromDouble(em),
                        placed ? PyFloat_FromDouble(y) : Py_NewRef(Py_None)};
    return tuple_of(2, out);
}

/* Glyph i's loose box (glyphs.Glyphs.loose_box): (left, bottom, right, top), each float
   widened to a double, or None where pdfium has none. */
static PyObject *
loose_box_of(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    int i;
    handle_t textpage =
        page_and_index(args, nargs, "loose_box takes a text page's address and i", &i);
    if (textpage == NULL)
        return NULL;
    rectf box;
    if (!loose_box(textpage, i, &box))
        Py_RETURN_NONE;
    PyObject *out[4] = {PyFloat_FromDouble((double)box.left),
                        PyFloat_FromDouble((double)box.bottom),
                        PyFloat_FromDouble((double)box.right),
                        PyFloat_FromDouble((double)box.top)};
    return tuple_of(4, out);
}

/* The tight boxes of glyphs 0..count-1 as (left, bottom, right, top), one tuple a glyph
   (Glyphs.all_boxes, for grids' shaded boxes: a page of ~2,000 glyphs asked through ctypes
   took longer than its text). pdfium writes a box's four doubles or none; where it writes none
   the glyph gets the box before it, (0, 0, 0, 0) for the first, as the ctypes loop did
   reading back its buffer. */
static PyObject *
char_boxes(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    int count;
    handle_t textpage =
        page_and_index(args, nargs, "char_boxes takes a text page's address and a count", &count);
    if (textpage == NULL)
        return NULL;
    PyObject *out = PyList_New(count > 0 ? count : 0);
    if (out == NULL)
        return NULL;
    double left = 0.0, right = 0.0, bottom = 0.0, top = 0.0;
    for (int i = 0; i < count; i++) {
        char_box(textpage, i, &left, &right, &bottom, &top);
        PyObject *items[4] = {PyFloat_FromDouble(left), PyFloat_FromDouble(bottom),
                              PyFloat_FromDouble(right), PyFloat_FromDouble(top)};
        PyObject *box = tuple_of(4, items);
        if (box == NULL) {
            Py_DECREF(out);
            return NULL;
        }
        PyList_SET_ITEM(out, i, box);
    }
    return out;
}

#define IMAGE_OBJECT 3 /* FPDF_PAGEOBJ_IMAGE */

/* The image objects' bounds under `parent` (a page, or a form when `is_form`), forms walked
   while `depth` < `levels`; appended to `out`, 0, or -1 with a Python error set. */
static int
collect_images(handle_t parent, int is_form, int depth, int levels, PyObject *out)
{
    int count = is_form ? form_count(parent) : page_count(parent);
    for (int i = 0; i < count; i++) {
        handle_t obj = is_form ? form_get(parent, (unsigned long)i) : page_get(parent, i);
        if (obj == NULL)
            continue; /* pdfium's type of no object is "unknown": skipped */
        int kind = object_type(obj);
        if (kind == IMAGE_OBJECT) {
            float left, bottom, right, top;
            if (!object_bounds(obj, &left, &bottom, &right, &top))
                continue;
            PyObject *items[4] = {PyFloat_FromDouble((double)left), PyFloat_FromDouble((double)bottom),
                                  PyFloat_FromDouble((double)right), PyFloat_FromDouble((double)top)};
            PyObject *box = tuple_of(4, items);
            if (box == NULL || PyList_Append(out, box) < 0) {
                Py_XDECREF(box);
                return -1;
            }
            Py_DECREF(box);
        }
        else if (kind == FORM_OBJECT && depth < levels) {
            if (collect_images(obj, 1, depth + 1, levels, out) < 0)
                return -1;
        }
    }
    return 0;
}

/* The page's image objects' bounds (left, bottom, right, top) in page order, forms `levels`
   deep (detect._image_boxes' walk: a thin page of ~600 glyph objects asked each its type
   through ctypes, for a handful of images or none). */
static PyObject *
image_bounds(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    int levels;
    handle_t page = page_and_index(args, nargs, "image_bounds takes a page's address and levels",
                                   &levels);
    if (page == NULL)
        return NULL;
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    if (collect_images(page, 0, 0, levels, out) < 0) {
        Py_DECREF(out);
        return NULL;
    }
    return out;
}

/* How many rectangles (one per text object) pdfium gives characters start..start+count
   (Glyphs.count_rects: start 0, count -1, all, unless given). */
static PyObject *
count_rects(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs < 1 || nargs > 3) {
        PyErr_SetString(PyExc_TypeError,
                        "count_rects takes a text page's address, start (0), count (-1)");
        return NULL;
    }
    handle_t textpage = first_handle(args, nargs, nargs, "");
    if (textpage == NULL)
        return NULL;
    int start = 0, count = -1;
    if ((nargs > 1 && !as_int(args[1], &start)) || (nargs > 2 && !as_int(args[2], &count)))
        return NULL;
    return PyLong_FromLong(count_rects_of(textpage, start, count));
}

/* The text of characters 0..n-1 of the page as pypdfium2's PdfTextPage.get_text_range(0, n)
   reads it (glyphs.page_text), step for step: the range narrowed past characters at either end
   that have no place in pdfium's text (FPDFText_GetTextIndexFromCharIndex -1), a buffer of
   their text indices' span plus the NUL, FPDFText_GetText into it, and its answer but the NUL
   decoded as UTF-16-LE with errors ignored (codecs.decode). "" where no character is left. */
static PyObject *
page_text(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    handle_t textpage = first_handle(args, nargs, 2, "page_text takes a text page's address and n");
    if (textpage == NULL)
        return NULL;
    int n;
    if (!as_int(args[1], &n))
        return NULL;
    int first = 0, last = n - 1, t_first = -1, t_last = -1;
    while (first <= last && (t_first = text_index(textpage, first)) == -1)
        first++;
    while (first <= last && (t_last = text_index(textpage, last)) == -1)
        last--;
    if (first > last)
        return PyUnicode_New(0, 0);
    long long wanted = (long long)t_last + 2 - t_first; /* with the NUL */
    if (wanted <= 0 || wanted > INT_MAX / 2) {
        PyErr_SetString(PyExc_ValueError, "page_text: pdfium's text indices make no buffer");
        return NULL;
    }
    int size = (int)wanted;
    unsigned short *buffer = PyMem_Calloc((size_t)size, sizeof *buffer);
    if (buffer == NULL)
        return PyErr_NoMemory();
    int written = get_text(textpage, first, last - first + 1, buffer);
    if (written > size) {
        PyMem_Free(buffer);
        PyErr_Format(PyExc_AssertionError, "Buffer too small: %d vs %d", size, written);
        return NULL;
    }
    /* memoryview(buffer)[:written - 1]: a negative end counts from the buffer's end. */
    int units = written - 1 >= 0 ? written - 1 : (size + written - 1 > 0 ? size + written - 1 : 0);
    int order = -1; /* little-endian */
    PyObject *text = PyUnicode_DecodeUTF16((const char *)buffer, (Py_ssize_t)units * 2, "ignore",
                                           &order);
    PyMem_Free(buffer);
    return text;
}

/* pdfium's line ends in the page text: \r, \n, and U+FFFE or \x02, which end a line and belong
   to it (a hyphen at a line's end). */
static int
breaks_line(Py_UCS4 c)
{
    return c == '\r' || c == '\n';
}

static int
ends_line(Py_UCS4 c)
{
    return c == 0xFFFE || c == 0x02;
}

/* The one argument, a str; NULL with a TypeError saying `usage` otherwise. */
static PyObject *
one_text(PyObject *const *args, Py_ssize_t nargs, const char *usage)
{
    if (nargs != 1 || !PyUnicode_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, usage);
        return NULL;
    }
    return args[0];
}

/* The page text's lines as line_runs reads them (glyphs.line_spans): each match of
   [^\r\n\ufffe\x02]+[\ufffe\x02]?|[\ufffe\x02], as (start, end) with its leading white space
   (str.isspace) passed over, lines of only white space left out. */
static PyObject *
line_spans(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    PyObject *text = one_text(args, nargs, "line_spans takes the page text, a str");
    if (text == NULL)
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), pos = 0;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    while (pos < n) {
        Py_UCS4 c = PyUnicode_READ(kind, data, pos);
        if (breaks_line(c)) {
            pos++;
            continue;
        }
        Py_ssize_t start = pos;
        if (ends_line(c))
            pos++;
        else {
            while (pos < n && !breaks_line(c = PyUnicode_READ(kind, data, pos)) && !ends_line(c))
                pos++;
            if (pos < n && ends_line(PyUnicode_READ(kind, data, pos)))
                pos++;
        }
        while (start < pos && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, start)))
            start++;
        if (start >= pos)
            continue;
        PyObject *items[2] = {PyLong_FromSsize_t(start), PyLong_FromSsize_t(pos)};
        PyObject *span = tuple_of(2, items);
        if (span == NULL || PyList_Append(out, span) < 0) {
            Py_XDECREF(span);
            Py_DECREF(out);
            return NULL;
        }
        Py_DECREF(span);
    }
    return out;
}

/* pdfium's CountRects over characters start..start+count goes glyph by glyph and starts a new
   rectangle at each change of text object, skipping generated characters and glyphs whose box
   (FPDFText_GetCharBox's, the one it reads) is under kSizeEpsilon (0.01) wide or high, both
   measured in floats as pdfium does (the doubles handed back are its floats, exactly). */
#define SIZE_EPSILON 0.01f

/* Glyph i's text object if CountRects counts glyph i (see above), NULL if it skips it; `*known`
   is set to 0 where pdfium does not answer (an index it refuses). */
static handle_t
counted_object(handle_t textpage, int i, int *known)
{
    int generated = is_generated(textpage, i);
    if (generated < 0) {
        *known = 0;
        return NULL;
    }
    if (generated)
        return NULL;
    double left, right, bottom, top;
    if (!char_box(textpage, i, &left, &right, &bottom, &top)) {
        *known = 0;
        return NULL;
    }
    if ((float)right - (float)left < SIZE_EPSILON || (float)top - (float)bottom < SIZE_EPSILON)
        return NULL;
    return text_object(textpage, i);
}

/* Whether pdfium gives characters start..start+count (count > 0) one rectangle, i.e. they are
   one text object (line_runs._one_object: Glyphs.one_rect). Where the first and the last glyph
   it counts belong to different text objects the answer is no without CountRects, which builds
   every rectangle of the range (a line set one object per glyph or per word, the usual case
   where the answer is no); else CountRects answers, and its rectangle is there for GetRect. */
static int
rect_is_one(handle_t textpage, int start, int count)
{
    if (start >= 0 && count > 0 && count <= INT_MAX - start) {
        int known = 1, first = start, last = start + count - 1;
        handle_t head = NULL, tail = NULL;
        while (first <= last && known && (head = counted_object(textpage, first, &known)) == NULL)
            first++;
        while (last > first && known && (tail = counted_object(textpage, last, &known)) == NULL)
            last--;
        if (known && head != NULL && tail != NULL && head != tail)
            return 0;
    }
    return count_rects_of(textpage, start, count) == 1;
}

static PyObject *
one_rect(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    handle_t textpage = first_handle(
        args, nargs, 3, "one_rect takes a text page's address, start and count");
    if (textpage == NULL)
        return NULL;
    int start, count;
    if (!as_int(args[1], &start) || !as_int(args[2], &count))
        return NULL;
    return PyBool_FromLong(rect_is_one(textpage, start, count));
}

/* glyphs.py's _NAME_SIZE and _THIN, _BOLD_NAMES. */
#define NAME_SIZE 96
#define THIN 300
static const char *const bold_names[] = {"bold", "black", "heavy", "semibold", "demi"};
static const char *const slant_names[] = {"italic", "oblique"}; /* glyphs.py's _SLANT_NAMES */

/* Whether the font name in `name` (up to its first NUL, at most NAME_SIZE bytes, as ctypes
   reads a char array's value) holds one of `words` (glyphs.named_bold's test with the bold
   names, named_slant's with the slant names), its lowering written out
   for ASCII (no Latin-1 letter lowers into ASCII, so the other bytes cannot make a match). */
static int
name_says(const char *name, const char *const *words, size_t count)
{
    char lower[NAME_SIZE + 1];
    size_t n = 0;
    while (n < NAME_SIZE && name[n] != '\0') {
        char c = name[n];
        lower[n] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
        n++;
    }
    lower[n] = '\0';
    for (size_t k = 0; k < count; k++)
        if (strstr(lower, words[k]) != NULL)
            return 1;
    return 0;
}

static int
name_says_bold(const char *name)
{
    return name_says(name, bold_names, sizeof bold_names / sizeof bold_names[0]);
}

/* glyphs.named_slant's test: the name says a slant and no weight. */
static int
name_says_slant_only(const char *name)
{
    return name_says(name, slant_names, sizeof slant_names / sizeof slant_names[0])
           && !name_says_bold(name);
}

/* Glyphs.weighted_bold's test: a weight of 600 or more under a name that says no slant
   without a weight (Chromium's DejaVu Sans Oblique has weight 610), or (a weight unknown or of
   THIN or more) a font name that says bold, read into `name`. */
static int
weighted_bold(handle_t textpage, char *name, int weight, int i)
{
    int flags;
    if (weight >= 600) {
        font_info(textpage, i, name, NAME_SIZE, &flags);
        return !name_says_slant_only(name);
    }
    if (!(weight <= 0 || weight >= THIN))
        return 0;
    font_info(textpage, i, name, NAME_SIZE, &flags);
    return name_says_bold(name);
}

/* glyphs.Glyphs.weighted_bold and .bold: whether glyph i is set in a bold face, from its
   font weight (given, or without one asked of pdfium here, as Glyphs.bold does) and, where
   the weight does not tell, its font's name, read into `name` (the Glyphs' own buffer of
   NAME_SIZE bytes, so that a glyph pdfium gives no font leaves the name before it, as the
   ctypes call does). Arguments: the text page, the name buffer's address, [weight,] i. */
static PyObject *
bold(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 3 && nargs != 4) {
        PyErr_SetString(PyExc_TypeError,
                        "bold takes a text page's address, a name buffer's, [the weight,] i");
        return NULL;
    }
    handle_t textpage = first_handle(args, nargs, nargs, "");
    if (textpage == NULL)
        return NULL;
    char *name = address_of(args[1]);
    if (name == NULL)
        return NULL;
    int i, weight;
    if (!as_int(args[nargs - 1], &i))
        return NULL;
    if (nargs == 3)
        weight = font_weight(textpage, i);
    else if (!as_int(args[2], &weight))
        return NULL;
    return PyBool_FromLong(weighted_bold(textpage, name, weight, i));
}

/* The font glyph i is set in (FPDFTextObj_GetFont of its text object): a handle the words of one
   face share, compared by line_runs' first join test so that a word in another face of the
   same weight (LibreOffice and WeasyPrint write 400 for regular, italic and bold) is tested
   as a new style; NULL where pdfium has no text object for it. */
static handle_t
font_of(handle_t textpage, int i)
{
    handle_t obj = text_object(textpage, i);
    return obj == NULL ? NULL : object_font(obj);
}

/* What one font answers, remembered while a line or a page is read (read_line, join_words):
   pdfium's weight of a glyph (FPDFText_GetFontWeight) is its text object's font's
   (CPDF_Font::GetFontWeight, from the font's StemV), and the name FPDFText_GetFontInfo writes is
   the font's base name, so both are the font's (`font_of`'s handle), whichever of its glyphs is
   asked. A word's weight is asked of pdfium only where its font is not the one remembered (a
   page set one object per glyph asks ~310 words a page, nearly all in the font of the word
   before), and a run's bold test (`weighted_bold`) reads and searches the name only the first
   time the font starts a run. The name buffer is left as the calls replaced would leave it:
   where they would have read the name, the remembered one is copied in; a name that did not
   fit the buffer (the buffer then keeps what it held, and the answer depends on that) is
   never remembered. `remember_fonts(False)` turns the memo off (tests compare both ways). */
typedef struct {
    handle_t font;          /* the font remembered, NULL none */
    int weight;             /* its weight */
    int bold;               /* weighted_bold's answer for it, -1 not asked yet */
    int italic;             /* slanted_face's answer for it, -1 not asked yet */
    int named;              /* weighted_bold read its name: `name` holds `length` bytes of it */
    unsigned long length;
    char name[NAME_SIZE];
} font_memo;

static int remember = 1;

static void
forget(font_memo *memo)
{
    memo->font = NULL;
    memo->weight = 0;
    memo->bold = -1;
    memo->italic = -1;
    memo->named = 0;
    memo->length = 0;
}

/* Glyph i's font weight (FPDFText_GetFontWeight), `font` its font (font_of's). */
static int
weight_in(font_memo *memo, handle_t textpage, handle_t font, int i)
{
    if (font != NULL && font == memo->font)
        return memo->weight;
    int weight = font_weight(textpage, i);
    if (font != NULL && remember) {
        memo->font = font;
        memo->weight = weight;
        memo->bold = -1;
        memo->italic = -1;
    }
    return weight;
}

/* weighted_bold(textpage, name, weight, i) for glyph i in `font` of `weight` (weight_in's). */
static int
bold_in(font_memo *memo, handle_t textpage, char *name, handle_t font, int weight, int i)
{
    int reads = !(weight > 0 && weight < THIN); /* weighted_bold reads the name */
    if (font != NULL && font == memo->font && memo->bold >= 0 && weight == memo->weight) {
        if (reads && memo->named)
            memcpy(name, memo->name, memo->length);
        return memo->bold;
    }
    if (!reads)
        return weighted_bold(textpage, name, weight, i);
    int flags;
    unsigned long length = font_info(textpage, i, name, NAME_SIZE, &flags);
    int bold = weight >= 600 ? !name_says_slant_only(name) : name_says_bold(name);
    if (font != NULL && font == memo->font && weight == memo->weight && length > 0
        && length <= NAME_SIZE) {
        memo->bold = bold;
        memo->named = 1;
        memo->length = length;
        memcpy(memo->name, name, length);
    }
    return bold;
}

/* remember_fonts(on): whether read_line and join_words remember a font's answers (above);
   returns the setting before. */
static PyObject *
remember_fonts(PyObject *module, PyObject *on)
{
    int before = remember, truth = PyObject_IsTrue(on);
    if (truth < 0)
        return NULL;
    remember = truth;
    return PyBool_FromLong(before);
}

/* glyphs.py's _ITALIC_FLAG: the font descriptor's Italic flag (PDF 32000 9.8.2, bit 7). */
#define ITALIC_FLAG 64

/* Glyphs.italic's test: glyph i's font is flagged italic, or its name says a slant ('Verdana-
   Italic', 'DejaVuSans-BoldOblique'), the name read into `name`. */
static int
slanted_face(handle_t textpage, char *name, int i)
{
    int flags = 0;
    if (!font_info(textpage, i, name, NAME_SIZE, &flags))
        return 0;
    return (flags & ITALIC_FLAG) != 0
           || name_says(name, slant_names, sizeof slant_names / sizeof slant_names[0]);
}

/* slanted_face(textpage, name, i) for glyph i in `font` (the font weight_in remembers). */
static int
slant_in(font_memo *memo, handle_t textpage, char *name, handle_t font, int i)
{
    if (font != NULL && font == memo->font && memo->italic >= 0) {
        memcpy(name, memo->name, memo->length);
        return memo->italic;
    }
    int flags = 0;
    unsigned long length = font_info(textpage, i, name, NAME_SIZE, &flags);
    if (length == 0)
        return 0;
    int italic = (flags & ITALIC_FLAG) != 0
                 || name_says(name, slant_names, sizeof slant_names / sizeof slant_names[0]);
    if (font != NULL && font == memo->font && length <= NAME_SIZE) {
        memo->italic = italic;
        memo->named = 1;
        memo->length = length;
        memcpy(memo->name, name, length);
    }
    return italic;
}

/* glyphs.Glyphs.italic: whether glyph i is set in an italic or oblique face. Arguments: the
   text page, the name buffer's address, i. */
static PyObject *
italic(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    handle_t textpage = first_handle(args, nargs, 3, "italic takes a text page's address, a "
                                                     "name buffer's, i");
    if (textpage == NULL)
        return NULL;
    char *name = address_of(args[1]);
    if (name == NULL)
        return NULL;
    int i;
    if (!as_int(args[2], &i))
        return NULL;
    return PyBool_FromLong(slanted_face(textpage, name, i));
}

/* FPDF_TEXTRENDERMODE_INVISIBLE: text render mode 3, a scanner's hidden OCR layer. */
#define RENDER_INVISIBLE 3

/* glyphs.Glyphs.invisible: whether glyph i is drawn in text render mode 3 (its text object's
   mode; no object: no). Arguments: the text page, i. */
static PyObject *
invisible(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    int i;
    handle_t textpage =
        page_and_index(args, nargs, "invisible takes a text page's address and i", &i);
    if (textpage == NULL)
        return NULL;
    handle_t obj = text_object(textpage, i);
    return PyBool_FromLong(obj != NULL && render_mode(obj) == RENDER_INVISIBLE);
}

/* The font handle as Python sees it (an int, 0 for none). */
static PyObject *
font_value(handle_t font)
{
    return PyLong_FromVoidPtr(font);
}

/* A C double from a Python float (join_words' thresholds); -1 with an error set otherwise. */
static int
as_double(PyObject *value, double *out)
{
    double d = PyFloat_AsDouble(value);
    if (d == -1.0 && PyErr_Occurred())
        return 0;
    *out = d;
    return 1;
}

/* Whether the word text[s:e] has a decimal digit after another character (line_runs'
   _DIGITS_AFTER, r"\D(?=\d)"). */
static int
digits_after(int kind, const void *data, Py_ssize_t s, Py_ssize_t e)
{
    for (Py_ssize_t k = s + 1; k < e; k++)
        if (is_decimal(PyUnicode_READ(kind, data, k))
            && !is_decimal(PyUnicode_READ(kind, data, k - 1)))
            return 1;
    return 0;
}

/* The text and the span start..end of the arguments of decimal_in and digit_after: 0 with an
   error set where they are not a str and two ints; the span clamped to the text as a pattern's
   pos and endpos are. */
static int
text_span(PyObject *const *args, Py_ssize_t nargs, const char *usage, PyObject **text,
          Py_ssize_t *start, Py_ssize_t *end)
{
    if (nargs != 3 || !PyUnicode_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, usage);
        return 0;
    }
    *text = args[0];
    *start = PyLong_AsSsize_t(args[1]);
    if (*start == -1 && PyErr_Occurred())
        return 0;
    *end = PyLong_AsSsize_t(args[2]);
    if (*end == -1 && PyErr_Occurred())
        return 0;
    Py_ssize_t length = PyUnicode_GET_LENGTH(*text);
    if (*start < 0)
        *start = 0;
    if (*end > length)
        *end = length;
    return 1;
}

/* decimal_in(text, start, end): whether text[start:end] holds a decimal digit (line_runs'
   `_DIGIT.search(text, start, end)`, r"\d": the regex engine's digit is Py_UNICODE_ISDECIMAL). */
static PyObject *
decimal_in(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    PyObject *text;
    Py_ssize_t start, end;
    if (!text_span(args, nargs, "decimal_in takes a str, start and end", &text, &start, &end))
        return NULL;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    for (Py_ssize_t k = start; k < end; k++)
        if (is_decimal(PyUnicode_READ(kind, data, k)))
            Py_RETURN_TRUE;
    Py_RETURN_FALSE;
}

/* digit_after(text, start, end): whether text[start:end] has a decimal digit after another
   character (line_runs' `_DIGITS_AFTER.search(text, start, end)`, r"\D(?=\d)"). */
static PyObject *
digit_after(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    PyObject *text;
    Py_ssize_t start, end;
    if (!text_span(args, nargs, "digit_after takes a str, start and end", &text, &start, &end))
        return NULL;
    return PyBool_FromLong(digits_after(PyUnicode_KIND(text), PyUnicode_DATA(text), start, end));
}

/* plain(text): whether the text is printable with no two spaces in a row (`text.isprintable()
   and "  " not in text`, gutters._piece's test that its ends are all the whitespace there is to
   take off): printable ASCII and Latin-1 decided without Unicode's table. */
static PyObject *
plain(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    PyObject *text = one_text(args, nargs, "plain takes a str");
    if (text == NULL)
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    if (kind == PyUnicode_1BYTE_KIND) {
        /* Most texts (ASCII, Latin-1): a byte loop without a branch a character, which the
           compiler can run several bytes at a time. Printable there: 0x20-0x7e, and 0xa1-0xff
           but the soft hyphen 0xad (str.isprintable, test_speed45 asks every byte). */
        const unsigned char *b = data;
        int bad = 0;
        for (Py_ssize_t k = 0; k < n; k++) {
            unsigned char c = b[k];
            bad |= (c < 0x20) | ((c >= 0x7f) & (c <= 0xa0)) | (c == 0xad);
        }
        for (Py_ssize_t k = 1; k < n; k++)
            bad |= (b[k] == ' ') & (b[k - 1] == ' ');
        return PyBool_FromLong(!bad);
    }
    Py_UCS4 before = 0;
    for (Py_ssize_t k = 0; k < n; k++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, k);
        if (c == ' ') {
            if (before == ' ')
                Py_RETURN_FALSE;
        }
        else if (!(c > ' ' && c < 0x7f) && !Py_UNICODE_ISPRINTABLE(c))
            Py_RETURN_FALSE;
        before = c;
    }
    Py_RETURN_TRUE;
}

/* unknown_count(text): how many characters of `text` are control characters but tab, line feed,
   carriage return and pdfium's hyphen mark U+0002, or private-use code points U+E000-U+F8FF:
   `len(text_layer._UNKNOWN_CODE.findall(text))`, without sre's set test a character (a page's
   whole text, once a page). */
static PyObject *
unknown_count(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    PyObject *text = one_text(args, nargs, "unknown_count takes a str");
    if (text == NULL)
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t count = 0;
    if (kind == PyUnicode_1BYTE_KIND) {
        /* no private-use code point below U+0100: the controls only, a byte loop */
        const unsigned char *b = data;
        for (Py_ssize_t k = 0; k < n; k++) {
            unsigned char c = b[k];
            count += (c < 0x20) & (c != '\t') & (c != '\n') & (c != '\r') & (c != 0x02);
        }
        return PyLong_FromSsize_t(count);
    }
    for (Py_ssize_t k = 0; k < n; k++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, k);
        count += (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0x02)
                 || (c >= 0xe000 && c <= 0xf8ff);
    }
    return PyLong_FromSsize_t(count);
}

/* line_runs._last_alike for the word text[s:e] whose first glyph's loose box reaches from
   `bottom` to `top`: 1 alike, 0 not, -1 not known here (its last letter has no loose box with a
   height: line_runs asks `_box`'s other measures). */
static int
last_alike(handle_t textpage, int kind, const void *data, Py_ssize_t s, Py_ssize_t e,
           double bottom, double top)
{
    Py_ssize_t last = e - 1;
    while (last > s && !is_alnum(PyUnicode_READ(kind, data, last)))
        last--;
    if (last == s)
        return 1;
    rectf box;
    if (!loose_box(textpage, (int)last, &box))
        return -1;
    double other_bottom = (double)box.bottom, other_top = (double)box.top;
    if (!(other_top > other_bottom))
        return -1;
    double size = top - bottom;
    double taller = fabs((other_top - other_bottom) - size);
    return taller <= 0.12 * size && fabs(other_bottom - bottom) <= 0.2 * size;
}

/* line_runs._digits_alike for the word text[s:e] whose first glyph's loose box reaches from
   `bottom` to `top`: each decimal digit after another character (r"\D(?=\d)" searched in
   text[s:e - 1]) stands like the first glyph. 1 alike, 0 not, -1 not known here (a digit's
   glyph has no loose box with a height: line_runs asks `_box`'s other measures). */
static int
digits_alike(handle_t textpage, int kind, const void *data, Py_ssize_t s, Py_ssize_t e,
             double bottom, double top)
{
    double size = top - bottom;
    for (Py_ssize_t k = s + 1; k <= e - 2; k++) {
        if (!is_decimal(PyUnicode_READ(kind, data, k))
            || is_decimal(PyUnicode_READ(kind, data, k - 1)))
            continue;
        rectf box;
        if (!loose_box(textpage, (int)k, &box))
            return -1;
        double other_bottom = (double)box.bottom, other_top = (double)box.top;
        if (!(other_top > other_bottom))
            return -1;
        if (!(fabs((other_top - other_bottom) - size) <= 0.12 * size
              && fabs(other_bottom - bottom) <= 0.2 * size))
            return 0;
    }
    return 1;
}

/* The window in which a word joins the run being built at once (line_runs._by_words' first
   test): its end glyphs' bottoms within low..high and tops within under..over, its gap after
   the run's right end within least..most, its reach within near..(its length + 1) * far, in
   the run's font weight and font (`font_of`). */
typedef struct {
    double low, high, under, over, least, most, near, far;
    int weight;
    handle_t font;
} window;

/* Whether the word text[s:e], its end glyphs' loose boxes `head` and `tail`, its weight `w`,
   joins the run ending at x1 at once: 1 yes, 0 no, -1 not known here (its last letter has no
   loose box with a height; or, unless `alike`, it has digits after other characters, which
   line_runs' _digits_alike decides: with `alike` decided here on loose boxes). */
static int
joins_at_once(handle_t textpage, int kind, const void *data, Py_ssize_t s, Py_ssize_t e,
              const rectf *head, const rectf *tail, int w, handle_t font, double x1,
              const window *at, int digits, int alike)
{
    /* As Python reads them: each float widened to a double. */
    double x0 = head->left, top = head->top, bottom = head->bottom;
    double tail_top = tail->top, tail_x1 = tail->right, tail_bottom = tail->bottom;
    int joins = at->low <= bottom && bottom <= at->high && at->low <= tail_bottom
                && tail_bottom <= at->high && at->under <= top && top <= at->over
                && at->under <= tail_top && tail_top <= at->over && at->least < x0 - x1
                && x0 - x1 < at->most && at->near <= tail_x1 - x0
                && tail_x1 - x0 <= (double)(e - s + 1) * at->far && w == at->weight
                && font == at->font;
    if (joins && !is_alnum(PyUnicode_READ(kind, data, e - 1)))
        joins = last_alike(textpage, kind, data, s, e, bottom, top);
    if (joins == 1 && digits && digits_after(kind, data, s, e))
        joins = alike ? digits_alike(textpage, kind, data, s, e, bottom, top) : -1;
    return joins;
}

/* The next of pdfium's words (what its spaces leave) in text[*pos:end] as *s..*e, *pos moved
   past it; 0 where none is left. */
static int
next_word(int kind, const void *data, Py_ssize_t *pos, Py_ssize_t end, Py_ssize_t *s,
          Py_ssize_t *e)
{
    while (*pos < end && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, *pos)))
        (*pos)++;
    if (*pos >= end)
        return 0;
    *s = *e = *pos;
    while (*e < end && !Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, *e)))
        (*e)++;
    *pos = *e;
    return 1;
}

/* The page text args[at] and the span args[at + 1]..args[at + 2] of join_words and line_runs
   (`name`), as text_span reads them: 0 with an error set where they are no str and two ints,
   or the span starts before the text or ends past a C int. */
static int
text_span_of(PyObject *const *args, Py_ssize_t at, const char *name, PyObject **text,
             Py_ssize_t *pos, Py_ssize_t *end)
{
    if (!PyUnicode_Check(args[at])) {
        PyErr_Format(PyExc_TypeError, "%s takes the page text as a str", name);
        return 0;
    }
    Py_ssize_t given = PyLong_AsSsize_t(args[at + 1]);
    if ((given == -1 && PyErr_Occurred()) || !text_span(args + at, 3, "", text, pos, end))
        return 0;
    if (given < 0 || *end > INT_MAX) {
        PyErr_Format(PyExc_ValueError, "%s: a position before the text or past a C int", name);
        return 0;
    }
    return 1;
}

/* The next word of a line (pdfium's words: what its spaces leave) from `pos` to `end` of the
   page text, with its end glyphs' loose boxes (left, top, right, bottom of the first, then of
   the last, as pdfium writes them) and its first glyph's font weight; words before it that join the run being built at once (line_runs._by_words' first
   test, every part of it decided here) are joined: the run's x1, y0, y1 move over them.
   Returns (s, e, ends, x1, y0, y1): the word text[s:e] that did not join at once (its `ends`
   None where a glyph has no loose box), or s = -1 past the line's last word. */
static PyObject *
join_words(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    handle_t textpage = first_handle(
        args, nargs, 18,
        "join_words takes a text page's address, the text, pos, end, digits, low, high, under, "
        "over, least, most, near, far, weight, font, x1, y0, y1");
    if (textpage == NULL)
        return NULL;
    PyObject *text;
    Py_ssize_t pos, end;
    if (!text_span_of(args, 1, "join_words", &text, &pos, &end))
        return NULL;
    int digits = PyObject_IsTrue(args[4]);
    if (digits < 0)
        return NULL;
    window at;
    double x1, y0, y1;
    if (!as_double(args[5], &at.low) || !as_double(args[6], &at.high)
        || !as_double(args[7], &at.under) || !as_double(args[8], &at.over)
        || !as_double(args[9], &at.least) || !as_double(args[10], &at.most)
        || !as_double(args[11], &at.near) || !as_double(args[12], &at.far))
        return NULL;
    if (!as_int(args[13], &at.weight))
        return NULL;
    at.font = PyLong_AsVoidPtr(args[14]); /* 0: none (no word joins a run of no font) */
    if (at.font == NULL && PyErr_Occurred())
        return NULL;
    if (!as_double(args[15], &x1) || !as_double(args[16], &y0) || !as_double(args[17], &y1))
        return NULL;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    /* The run's bounds are handed back as they came where no word moved them (an int stays
       an int, as in line_runs' own loop). */
    int moved_x1 = 0, moved_y0 = 0, moved_y1 = 0;
    Py_ssize_t s = -1, e = -1;
    rectf head, tail;
    int w = 0, boxed = 0;
    handle_t font = NULL;
    font_memo memo;
    forget(&memo);
    for (;;) {
        if (!next_word(kind, data, &pos, end, &s, &e)) {
            s = e = -1;
            boxed = 0;
            break;
        }
        boxed = loose_box(textpage, (int)s, &head)
                && (e - 1 == s ? (tail = head, 1) : loose_box(textpage, (int)(e - 1), &tail));
        if (!boxed)
            break;
        font = font_of(textpage, (int)s);
        w = weight_in(&memo, textpage, font, (int)s);
        double top = head.top, bottom = head.bottom, tail_x1 = tail.right;
        if (joins_at_once(textpage, kind, data, s, e, &head, &tail, w, font, x1, &at, digits, 0)
            != 1)
            break; /* line_runs asks the rest (_digits_alike, _box) */
        if (bottom < y0) {
            y0 = bottom;
            moved_y0 = 1;
        }
        if (top > y1) {
            y1 = top;
            moved_y1 = 1;
        }
        x1 = tail_x1;
        moved_x1 = 1;
    }
    PyObject *ends;
    if (boxed) {
        PyObject *parts[10] = {
            PyFloat_FromDouble((double)head.left), PyFloat_FromDouble((double)head.top),
            PyFloat_FromDouble((double)head.right), PyFloat_FromDouble((double)head.bottom),
            PyFloat_FromDouble((double)tail.left), PyFloat_FromDouble((double)tail.top),
            PyFloat_FromDouble((double)tail.right), PyFloat_FromDouble((double)tail.bottom),
            PyLong_FromLong(w), font_value(font)};
        ends = tuple_of(10, parts);
    }
    else
        ends = Py_NewRef(Py_None);
    PyObject *out[6] = {
        PyLong_FromSsize_t(s),
        PyLong_FromSsize_t(e),
        ends,
        moved_x1 ? PyFloat_FromDouble(x1) : Py_NewRef(args[15]),
        moved_y0 ? PyFloat_FromDouble(y0) : Py_NewRef(args[16]),
        moved_y1 ? PyFloat_FromDouble(y1) : Py_NewRef(args[17]),
    };
    return tuple_of(6, out);
}

/* line_runs' constants (line_runs.py's _TALLEST_USUAL_BOX, _USUAL_BOX, _NO_EM; GAP is 1) and
   upright.py's _SLANT. */
#define TALLEST_USUAL_BOX 1.44
#define USUAL_BOX 1.2
#define NO_EM 3.0
#define SLANT 0.3
#define PI 3.141592653589793

/* line_runs.measured: the size a run is measured in. */
static double
measured(double em, double loose)
{
    if (TALLEST_USUAL_BOX * em < loose && loose < NO_EM * em)
        return USUAL_BOX * em;
    return loose;
}

/* line_runs._lettered for the word text[s:e] (`digit`: it holds a decimal digit). */
static int
lettered(int kind, const void *data, Py_ssize_t s, Py_ssize_t e, int digit)
{
    if (digit)
        return 0;
    Py_ssize_t last = e - 1;
    while (last > s && !is_alnum(PyUnicode_READ(kind, data, last)))
        last--;
    return last > s && is_alpha(PyUnicode_READ(kind, data, last));
}

/* Whether upright.turn_of(glyphs, i) is not 0: pdfium's angle of glyph i (a float widened to
   a double, as ctypes hands it to Python) is known and not within SLANT of level. */
static int
turned(handle_t textpage, int i)
{
    double angle = (double)char_angle(textpage, i);
    double other = 2 * PI - angle;
    double least = other < angle ? other : angle; /* Python's min(angle, other) */
    return !(angle < 0 || least < SLANT);
}

/* A finished run as line_runs._styled_run takes it: (text[first:stop], x0, y0, x1, y1, loose
   size, measure, bold, base, italic), appended to `runs`; 0 with a Python error set. */
static int
add_run(PyObject *runs, PyObject *text, Py_ssize_t first, Py_ssize_t stop, double x0, double y0,
        double x1, double y1, double loose, double measure, int bold, double base, int italic)
{
    PyObject *items[10] = {
        PyUnicode_Substring(text, first, stop),
        PyFloat_FromDouble(x0),
        PyFloat_FromDouble(y0),
        PyFloat_FromDouble(x1),
        PyFloat_FromDouble(y1),
        PyFloat_FromDouble(loose),
        PyFloat_FromDouble(measure),
        PyBool_FromLong(bold),
        PyFloat_FromDouble(base),
        PyBool_FromLong(italic),
    };
    PyObject *run = tuple_of(10, items);
    if (run == NULL)
        return 0;
    int failed = PyList_Append(runs, run);
    Py_DECREF(run);
    return !failed;
}

/* line_runs._by_words (not `lenient`) for the line text[start:end], its whole loop in C where
   every word of the line takes the common way: each word has loose boxes at both ends and is
   set level (its last letter and its digits after other characters decided on loose boxes, a
   word that is not `_lettered` asked its angle), so it either joins the run being built or
   starts one. Returns the runs as `add_run` makes them, or None where a word needs what only
   line_runs decides (a glyph without a loose box with a height, a word not level or turned):
   line_runs then reads the line itself, with the same questions. The font name is read into
   a copy of the Glyphs' buffer, written back only when the runs are returned, so a line read
   again in line_runs finds the buffer as it was. The span lies within the text, its end within
   a C int. Returns a new reference either way (the runs, or Py_None), NULL with a Python error
   set. */
static PyObject *
read_line(handle_t textpage, char *shared, PyObject *hypot, PyObject *text, Py_ssize_t start,
          Py_ssize_t end, font_memo *memo)
{
    char name[NAME_SIZE];
    memcpy(name, shared, NAME_SIZE);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    int digits = 0;
    for (Py_ssize_t k = start; k < end && !digits; k++)
        digits = is_decimal(PyUnicode_READ(kind, data, k));
    PyObject *runs = PyList_New(0);
    if (runs == NULL)
        return NULL;
    /* The run being built, as _by_words keeps it (`first` -1: none yet). */
    Py_ssize_t first = -1;
    double first_x0 = 0.0, first_y0 = 0.0, first_size = 0.0, measure = 0.0, origin = 0.0;
    int first_bold = 0, first_italic = 0, placed = 0;
    double y0 = 0.0, y1 = 0.0, x1 = 0.0, taller = 0.0, lower = 0.0;
    window at = {INFINITY, -INFINITY, INFINITY, -INFINITY, 0.0, 0.0, INFINITY, INFINITY, -2, NULL};
    /* The last font whose slant was asked, and the answer: a line's words mostly share one. */
    handle_t asked = NULL;
    int asked_italic = 0;
    Py_ssize_t pos = start;
    for (;;) {
        Py_ssize_t s, e;
        if (!next_word(kind, data, &pos, end, &s, &e))
            break;
        rectf head, tail;
        if (!loose_box(textpage, (int)s, &head)
            || !(e - 1 == s ? (tail = head, 1) : loose_box(textpage, (int)(e - 1), &tail)))
            goto elsewhere; /* a word of one glyph: its head is its tail, asked once */
        handle_t font = font_of(textpage, (int)s);
        int w = weight_in(memo, textpage, font, (int)s);
        double x0 = head.left, top = head.top, bottom = head.bottom;
        double tail_top = tail.top, tail_x1 = tail.right, tail_bottom = tail.bottom;
        int alnum_end = is_alnum(PyUnicode_READ(kind, data, e - 1));
        int after = digits && digits_after(kind, data, s, e);
        /* _by_words' first test: the word joins the run at once. */
        int joins =
            joins_at_once(textpage, kind, data, s, e, &head, &tail, w, font, x1, &at, digits, 1);
        if (joins < 0)
            goto elsewhere;
        if (joins) {
            y0 = bottom < y0 ? bottom : y0;
            y1 = top > y1 ? top : y1;
            x1 = tail_x1;
            continue;
        }
        /* `_word`'s tests for a level word, as _by_words writes them out. */
        double size = top - bottom;
        int level = size > 0 && -0.12 * size <= tail_top - tail_bottom - size
                    && tail_top - tail_bottom - size <= 0.12 * size
                    && -0.2 * size <= tail_bottom - bottom && tail_bottom - bottom <= 0.2 * size
                    && x0 - 0.3 * size <= tail_x1
                    && tail_x1 <= x0 + (double)(e - s + 1) * 1.5 * size;
        if (level && !alnum_end)
            level = last_alike(textpage, kind, data, s, e, bottom, top);
        if (level == 1 && after)
            level = digits_alike(textpage, kind, data, s, e, bottom, top);
        if (level != 1)
            goto elsewhere; /* not known here, or not level: turned, tilted or split */
        int digit = 0;
        for (Py_ssize_t k = s; k < e && digits && !digit; k++)
            digit = is_decimal(PyUnicode_READ(kind, data, k));
        if (!lettered(kind, data, s, e, digit) && turned(textpage, (int)s))
            goto elsewhere;
        int bold = bold_in(memo, textpage, name, font, w, (int)s);
        if (font == NULL || font != asked) {
            asked_italic = slant_in(memo, textpage, name, font, (int)s);
            asked = font;
        }
        int slanted = asked_italic;
        /* The joining loop over the word as one piece. */
        if (first >= 0 && at.least < x0 - x1 && x0 - x1 < at.most && -taller <= size - first_size
            && size - first_size <= taller && -lower <= bottom - first_y0
            && bottom - first_y0 <= lower && bold == first_bold && slanted == first_italic) {
            y0 = bottom < y0 ? bottom : y0;
            y1 = top > y1 ? top : y1;
            x1 = tail_x1;
            continue;
        }
        if (first >= 0
            && !add_run(runs, text, first, s, first_x0, y0, x1, y1, first_size, measure,
                        first_bold, placed ? origin : y0, first_italic))
            goto failed;
        first = s;
        first_x0 = x0;
        first_y0 = bottom;
        first_size = size;
        first_bold = bold;
        first_italic = slanted;
        y0 = bottom;
        y1 = top;
        x1 = tail_x1;
        double floor = first_size < 1.0 ? 1.0 : first_size;
        at.least = -0.3 * floor;
        taller = 0.12 * floor;
        lower = 0.2 * floor;
        double em;
        if (!start_of_run(textpage, hypot, (int)s, &em, &origin, &placed))
            goto failed;
        measure = measured(em, first_size);
        at.most = measure < 1.0 ? 1.0 : measure;
        if (w > 0 && size > 0) {
            double step = size / 64;
            at.low = bottom - step;
            at.high = bottom + step;
            at.under = top - step;
            at.over = top + step;
            at.near = -0.28 * size;
            at.far = 1.44 * size;
            at.weight = w;
            at.font = font;
        }
        else {
            at.low = at.under = at.near = at.far = INFINITY;
            at.high = at.over = -INFINITY;
            at.weight = -2;
            at.font = NULL;
        }
    }
    if (first >= 0
        && !add_run(runs, text, first, end, first_x0, y0, x1, y1, first_size, measure, first_bold,
                    placed ? origin : y0, first_italic))
        goto failed;
    memcpy(shared, name, NAME_SIZE);
    return runs;
elsewhere:
    Py_DECREF(runs);
    Py_RETURN_NONE;
failed:
    Py_DECREF(runs);
    return NULL;
}

/* The text page and the name buffer of line_runs' and page_lines' six arguments: NULL with a
   Python error set (`usage` where they are not six). */
static handle_t
page_and_name(PyObject *const *args, Py_ssize_t nargs, const char *usage, char **shared)
{
    handle_t textpage = first_handle(args, nargs, 6, usage);
    if (textpage == NULL)
        return NULL;
    *shared = address_of(args[1]);
    return *shared == NULL ? NULL : textpage;
}

/* read_line for Python. Arguments: the text page, the name buffer's address, math.hypot
   (run_start's), the page text, start, end. */
static PyObject *
line_runs(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    char *shared;
    handle_t textpage = page_and_name(
        args, nargs,
        "line_runs takes a text page's address, a name buffer's, math.hypot, the text, start, "
        "end",
        &shared);
    if (textpage == NULL)
        return NULL;
    PyObject *text;
    Py_ssize_t start, end;
    if (!text_span_of(args, 3, "line_runs", &text, &start, &end))
        return NULL;
    font_memo memo;
    forget(&memo);
    return read_line(textpage, shared, args[2], text, start, end, &memo);
}

/* Why page_lines stopped (line_runs.py reads the same numbers from glyphs.py): past the last
   line, before a line that is one text object (one_rect: `_one_object` reads it), before a
   line whose words need line_runs' own tests (read_line's None: `_by_words` reads it). */
#define LINES_DONE 0
#define LINES_ONE_OBJECT 1
#define LINES_BY_WORDS 2

/* line_runs.line_runs' loop over the page's lines from spans[k] on, in one call where every
   line takes the accelerator's way: for each line (start, end) in turn, one_rect's test on it
   (start, end - start), and where that says no, read_line; the first line that is one text
   object or that read_line leaves to line_runs stops the loop (line_runs reads it, then asks
   again from the next: the lines are read in their order, and the font-name buffer goes from
   line to line as with a call a line). Returns (runs of each line read, why it stopped).
   Arguments: the text page, the name buffer's address, math.hypot, the page text, the spans
   (line_spans' list of (start, end)), k. */
static PyObject *
page_lines(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    char *shared;
    handle_t textpage = page_and_name(
        args, nargs,
        "page_lines takes a text page's address, a name buffer's, math.hypot, the text, the "
        "spans, k",
        &shared);
    if (textpage == NULL)
        return NULL;
    PyObject *hypot = args[2], *text = args[3], *spans = args[4];
    if (!PyUnicode_Check(text) || !PyList_Check(spans)) {
        PyErr_SetString(PyExc_TypeError, "page_lines takes the page text as a str, spans a list");
        return NULL;
    }
    Py_ssize_t k = PyLong_AsSsize_t(args[5]);
    if (k == -1 && PyErr_Occurred())
        return NULL;
    Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    PyObject *lines = PyList_New(0);
    if (lines == NULL)
        return NULL;
    long why = LINES_DONE;
    font_memo memo; /* the page's fonts stay while it is read */
    forget(&memo);
    for (; k >= 0 && k < PyList_GET_SIZE(spans); k++) {
        PyObject *span = PyList_GET_ITEM(spans, k);
        if (!PyTuple_Check(span) || PyTuple_GET_SIZE(span) != 2) {
            PyErr_SetString(PyExc_TypeError, "page_lines: a span is no (start, end)");
            goto failed;
        }
        Py_ssize_t start = PyLong_AsSsize_t(PyTuple_GET_ITEM(span, 0));
        if (start == -1 && PyErr_Occurred())
            goto failed;
        Py_ssize_t end = PyLong_AsSsize_t(PyTuple_GET_ITEM(span, 1));
        if (end == -1 && PyErr_Occurred())
            goto failed;
        if (start < 0 || start > end || end > length || end > INT_MAX) {
            PyErr_SetString(PyExc_ValueError, "page_lines: a span outside the text");
            goto failed;
        }
        if (rect_is_one(textpage, (int)start, (int)(end - start))) {
            why = LINES_ONE_OBJECT;
            break;
        }
        PyObject *runs = read_line(textpage, shared, hypot, text, start, end, &memo);
        if (runs == NULL)
            goto failed;
        if (runs == Py_None) {
            Py_DECREF(runs);
            why = LINES_BY_WORDS;
            break;
        }
        int appended = PyList_Append(lines, runs);
        Py_DECREF(runs);
        if (appended < 0)
            goto failed;
    }
    PyObject *out[2] = {lines, PyLong_FromLong(why)};
    return tuple_of(2, out);
failed:
    Py_DECREF(lines);
    return NULL;
}

/* words.visible_bottom: the page's crop box's lower edge (a float widened to a double), else
   its media box's, else 0.0. */
static PyObject *
visible_bottom(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    handle_t page = first_handle(args, nargs, 1, "visible_bottom takes a page's address");
    if (page == NULL)
        return NULL;
    float left, bottom, right, top;
    if (crop_box(page, &left, &bottom, &right, &top)
        || media_box(page, &left, &bottom, &right, &top))
        return PyFloat_FromDouble((double)bottom);
    return PyFloat_FromDouble(0.0);
}

/* The bytes of the one argument (bytes, or any buffer): 0 with an error set where it has none. */
static int
one_buffer(PyObject *const *args, Py_ssize_t nargs, Py_ssize_t expected, const char *usage,
           Py_buffer *view)
{
    if (nargs != expected) {
        PyErr_SetString(PyExc_TypeError, usage);
        return 0;
    }
    return PyObject_GetBuffer(args[0], view, PyBUF_SIMPLE) == 0;
}

/* grids.may_draw_forms' first scan: whether the file names an object stream or an XObject
   plainly, i.e. whether a match of rb"Obj(?:ect|Stm)" is "ObjStm" or has an "X" before it.
   memchr finds each 'O' (sre's literal search went a byte a cycle); the matches cannot overlap
   (no 'O' after a match's first byte), so every one is looked at, as finditer does. */
static PyObject *
form_named(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    Py_buffer view;
    if (!one_buffer(args, nargs, 1, "form_named takes the file's bytes", &view))
        return NULL;
    const unsigned char *data = view.buf, *at = data, *stop = data + view.len;
    int found = 0;
    while (!found && stop - at >= 6 && (at = memchr(at, 'O', (size_t)(stop - at - 5))) != NULL) {
        if (at[1] == 'b' && at[2] == 'j'
            && ((at[3] == 'S' && at[4] == 't' && at[5] == 'm')
                || (at[3] == 'e' && at[4] == 'c' && at[5] == 't' && at > data && at[-1] == 'X')))
            found = 1;
        at++;
    }
    PyBuffer_Release(&view);
    return PyBool_FromLong(found);
}

/* Whether the two bytes after a '#' are one of grids._ESCAPE's: a letter of "XObject" or
   "ObjStm" escaped (58 4F 4f 53 62 63 64 65 6A 6a 6D 6d 74). */
static int
escapes_letter(unsigned char a, unsigned char b)
{
    switch (a) {
    case '5':
        return b == '8' || b == '3';
    case '4':
        return b == 'F' || b == 'f';
    case '6':
        return (b >= '2' && b <= '5') || b == 'A' || b == 'a' || b == 'D' || b == 'd';
    case '7':
        return b == '4';
    default:
        return 0;
    }
}

/* grids.may_draw_forms' second scan: where the next match of grids._ESCAPE,
   rb"#(?:58|4[Ff]|53|6[2345AaDd]|74)", starts at or after `pos`; -1 where none does. memchr
   finds each '#'. */
static PyObject *
next_escape(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    Py_buffer view;
    if (!one_buffer(args, nargs, 2, "next_escape takes the file's bytes and a position", &view))
        return NULL;
    Py_ssize_t pos = PyLong_AsSsize_t(args[1]);
    if (pos == -1 && PyErr_Occurred()) {
        PyBuffer_Release(&view);
        return NULL;
    }
    const unsigned char *data = view.buf, *stop = data + view.len;
    const unsigned char *at = pos < 0 ? data : (pos > view.len ? stop : data + pos);
    Py_ssize_t found = -1;
    while (stop - at >= 3 && (at = memchr(at, '#', (size_t)(stop - at - 2))) != NULL) {
        if (escapes_letter(at[1], at[2])) {
            found = at - data;
            break;
        }
        at++;
    }
    PyBuffer_Release(&view);
    return PyLong_FromSsize_t(found);
}

/* The longest function word language.function_words counts (longer runs of letters are passed
   over without a look). */
#define WORD_MOST 15
#define WORDS_MOST 128

/* The words of one language, as language.function_words hands them over (a tuple or a
   frozenset of bytes of a-z), chained by length and first letter for the lookup: a run of
   letters is compared with the one or two words that could be it, not with every word. */
typedef struct {
    const char *word[WORDS_MOST];
    unsigned char length[WORDS_MOST];
    signed char next[WORDS_MOST];        /* the next word of its length and letter, -1 none */
    signed char head[WORD_MOST + 1][26]; /* the first word of a length and letter, -1 none */
    int n;
} word_list;

/* 0 with an error set where `words` is no iterable of short lower-case ASCII bytes. */
static int
read_words(PyObject *words, word_list *out)
{
    out->n = 0;
    memset(out->head, -1, sizeof out->head);
    PyObject *iterator = PyObject_GetIter(words);
    if (iterator == NULL)
        return 0;
    PyObject *item;
    while ((item = PyIter_Next(iterator)) != NULL) {
        /* The set holds the bytes alive as long as the call: a borrowed pointer is enough. */
        Py_ssize_t length = PyBytes_Check(item) ? PyBytes_GET_SIZE(item) : -1;
        const char *word = length > 0 ? PyBytes_AS_STRING(item) : NULL;
        int fits = word != NULL && length <= WORD_MOST && out->n < WORDS_MOST;
        for (Py_ssize_t k = 0; fits && k < length; k++)
            fits = word[k] >= 'a' && word[k] <= 'z';
        Py_DECREF(item);
        if (!fits) {
            Py_DECREF(iterator);
            PyErr_SetString(PyExc_ValueError,
                            "function_words takes words of 1-15 bytes a-z, at most 128");
            return 0;
        }
        out->word[out->n] = word;
        out->length[out->n] = (unsigned char)length;
        out->next[out->n] = out->head[length][word[0] - 'a'];
        out->head[length][word[0] - 'a'] = (signed char)out->n;
        out->n++;
    }
    Py_DECREF(iterator);
    return !PyErr_Occurred();
}

static int
listed(const word_list *words, const char *run, int length)
{
    for (int k = words->head[length][run[0] - 'a']; k >= 0; k = words->next[k])
        if (memcmp(words->word[k], run, (size_t)length) == 0)
            return 1;
    return 0;
}

/* function_words(text, most, first, second): how many words of text[:most] are in `first` and
   how many (not in `first`) in `second`, the words being language.words': the runs of a-z of
   the text lowered (A-Z lowered; U+0130 lowers to 'i' and a combining dot, the Kelvin sign to
   'k'; every other code point, ASCII or not, parts words, as its UTF-8 bytes do). No bytes
   object is made for a word. */
static PyObject *
function_words(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 4 || !PyUnicode_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError,
                        "function_words takes a str, the most characters, two sets of words");
        return NULL;
    }
    PyObject *text = args[0];
    Py_ssize_t most = PyLong_AsSsize_t(args[1]);
    if (most == -1 && PyErr_Occurred())
        return NULL;
    word_list first, second;
    if (!read_words(args[2], &first) || !read_words(args[3], &second))
        return NULL;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (most >= 0 && most < n)
        n = most;
    long counts[2] = {0, 0};
    char run[WORD_MOST];
    int length = 0; /* of the run so far; WORD_MOST + 1: too long to be counted */
    for (Py_ssize_t k = 0; k <= n; k++) {
        Py_UCS4 c = k < n ? PyUnicode_READ(kind, data, k) : ' ';
        char letter = 0;
        int ends = 0; /* the letter ends its run (U+0130: the combining dot after it) */
        if (c < 0x80) {
            if (c >= 'a' && c <= 'z')
                letter = (char)c;
            else if (c >= 'A' && c <= 'Z')
                letter = (char)(c + ('a' - 'A'));
        }
        else if (c == 0x212A)
            letter = 'k';
        else if (c == 0x130) {
            letter = 'i';
            ends = 1;
        }
        if (letter) {
            if (length < WORD_MOST)
                run[length] = letter;
            if (length <= WORD_MOST)
                length++;
            if (!ends)
                continue;
        }
        if (length > 0 && length <= WORD_MOST) {
            if (listed(&first, run, length))
                counts[0]++;
            else if (listed(&second, run, length))
                counts[1]++;
        }
        length = 0;
    }
    PyObject *out[2] = {PyLong_FromLong(counts[0]), PyLong_FromLong(counts[1])};
    return tuple_of(2, out);
}

/* ---- A page's glyph boxes as grids.py reads them for its cells and its tables ruled across:
   the per-glyph list comprehensions and loops it ran interpreted (a per-glyph page of ~2,000
   glyphs, each a Python iteration or a lambda call, several times a page). Each answers None
   where its input is not what char_boxes and a str give (a box not a tuple of four floats,
   the text's length not the boxes'): grids.py's own loop then reads it, as before. */

/* The boxes' numbers, four a box, in a new buffer (PyMem_Free it); NULL without an error
   where a box is not a tuple of four floats, NULL with one where memory ran out. */
static double *
box_numbers(PyObject *boxes, Py_ssize_t n)
{
    double *out = PyMem_New(double, 4 * (size_t)(n > 0 ? n : 1));
    if (out == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *box = PyList_GET_ITEM(boxes, i);
        if (!PyTuple_CheckExact(box) || PyTuple_GET_SIZE(box) != 4)
            goto odd;
        for (int k = 0; k < 4; k++) {
            PyObject *v = PyTuple_GET_ITEM(box, k);
            if (!PyFloat_CheckExact(v))
                goto odd;
            out[4 * i + k] = PyFloat_AS_DOUBLE(v);
        }
    }
    return out;
odd:
    PyMem_Free(out);
    return NULL;
}

/* The boxes' numbers and, where `text` is given (not NULL), its characters one a box:
   0 with `*numbers` NULL where the arguments are odd (the caller answers None), -1 with an
   error set. */
static int
boxes_and_text(PyObject *boxes, PyObject *text, double **numbers, Py_ssize_t *n)
{
    *numbers = NULL;
    if (!PyList_Check(boxes))
        return 0;
    *n = PyList_GET_SIZE(boxes);
    if (text != NULL && (!PyUnicode_Check(text) || PyUnicode_GET_LENGTH(text) != *n))
        return 0;
    *numbers = box_numbers(boxes, *n);
    return *numbers == NULL && PyErr_Occurred() ? -1 : 0;
}

/* Glyph i is drawn: it has a width and its character is no blank (str.isspace). */
static inline int
drawn_glyph(const double *b, int kind, const void *data, Py_ssize_t i)
{
    return b[4 * i + 2] > b[4 * i] && !Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, i));
}

/* Python's max(x, y, z) of floats: the first, replaced by each later one greater than it
   (a NaN first stays; a NaN later never replaces). */
static inline double
py_max3(double x, double y, double z)
{
    double m = x;
    if (y > m)
        m = y;
    if (z > m)
        m = z;
    return m;
}

static PyObject *
float_list(const double *values, Py_ssize_t n)
{
    PyObject *out = PyList_New(n);
    if (out == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *v = PyFloat_FromDouble(values[i]);
        if (v == NULL) {
            Py_DECREF(out);
            return NULL;
        }
        PyList_SET_ITEM(out, i, v);
    }
    return out;
}

static PyObject *
index_list(const Py_ssize_t *at, Py_ssize_t n)
{
    PyObject *out = PyList_New(n);
    if (out == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *v = PyLong_FromSsize_t(at[i]);
        if (v == NULL) {
            Py_DECREF(out);
            return NULL;
        }
        PyList_SET_ITEM(out, i, v);
    }
    return out;
}

/* grids._drawn_glyphs' test: the indices of the drawn glyphs, in order. Arguments: the text
   (one character a glyph), the boxes. */
static PyObject *
drawn_at(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "drawn_at takes the text and the boxes");
        return NULL;
    }
    double *b;
    Py_ssize_t n;
    if (boxes_and_text(args[1], args[0], &b, &n) < 0)
        return NULL;
    if (b == NULL)
        Py_RETURN_NONE;
    int kind = PyUnicode_KIND(args[0]);
    const void *data = PyUnicode_DATA(args[0]);
    Py_ssize_t *at = PyMem_New(Py_ssize_t, n > 0 ? n : 1);
    PyObject *out = NULL;
    if (at == NULL)
        PyErr_NoMemory();
    else {
        Py_ssize_t found = 0;
        for (Py_ssize_t i = 0; i < n; i++)
            if (drawn_glyph(b, kind, data, i))
                at[found++] = i;
        out = index_list(at, found);
    }
    PyMem_Free(at);
    PyMem_Free(b);
    return out;
}

/* grids._by_middle's reading of every glyph: (each glyph's word middle across, as
   grids._word_middles gives it; each glyph's middle height (bottom + top) / 2; whether each
   is drawn, a byte 1 or 0 a glyph; the indices of the drawn ones, in order). Arguments: the
   text (one character a glyph), the boxes. */
static PyObject *
word_middles(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "word_middles takes the text and the boxes");
        return NULL;
    }
    double *b;
    Py_ssize_t n;
    if (boxes_and_text(args[1], args[0], &b, &n) < 0)
        return NULL;
    if (b == NULL)
        Py_RETURN_NONE;
    int kind = PyUnicode_KIND(args[0]);
    const void *data = PyUnicode_DATA(args[0]);
    PyObject *result = NULL;
    PyObject *drawn = PyBytes_FromStringAndSize(NULL, n);
    double *xs = PyMem_New(double, 2 * (size_t)(n > 0 ? n : 1));
    Py_ssize_t *at = PyMem_New(Py_ssize_t, n > 0 ? n : 1);
    if (drawn == NULL || xs == NULL || at == NULL) {
        if (drawn != NULL)
            PyErr_NoMemory();
        goto done;
    }
    char *is = PyBytes_AS_STRING(drawn);
    double *ys = xs + n;
    Py_ssize_t found = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        is[i] = (char)drawn_glyph(b, kind, data, i);
        if (is[i])
            at[found++] = i;
        xs[i] = 0.0;
        ys[i] = (b[4 * i + 1] + b[4 * i + 3]) / 2;
    }
    /* grids._word_middles, step for step: a word goes on while the next glyph is drawn, stands
       less than half a glyph's height after the last and on its row */
    Py_ssize_t start = 0;
    for (Py_ssize_t i = 0; i <= n; i++) {
        if (i < n && is[i]) {
            if (i == start)
                continue;
            const double *a = b + 4 * (i - 1), *c = b + 4 * i;
            double height = py_max3(a[3] - a[1], c[3] - c[1], 1.0);
            if (c[0] - a[2] <= 0.5 * height && fabs(a[1] + a[3] - c[1] - c[3]) <= height)
                continue;
        }
        if (i > start) {
            double middle = (b[4 * start] + b[4 * (i - 1) + 2]) / 2;
            for (Py_ssize_t k = start; k < i; k++)
                xs[k] = middle;
        }
        start = i < n && !is[i] ? i + 1 : i;
    }
    PyObject *items[4] = {float_list(xs, n), float_list(ys, n), drawn, index_list(at, found)};
    drawn = NULL; /* taken over by tuple_of */
    result = tuple_of(4, items);
done:
    Py_XDECREF(drawn);
    PyMem_Free(xs);
    PyMem_Free(at);
    PyMem_Free(b);
    return result;
}

/* grids._PageGlyphs.of's reading: (each box's middle height (bottom + top) / 2, the indices of
   the boxes whose middle is a number, not NaN, in order). Argument: the boxes. */
static PyObject *
box_middles(PyObject *module, PyObject *boxes)
{
    double *b;
    Py_ssize_t n;
    if (boxes_and_text(boxes, NULL, &b, &n) < 0)
        return NULL;
    if (b == NULL)
        Py_RETURN_NONE;
    double *middles = PyMem_New(double, n > 0 ? n : 1);
    Py_ssize_t *at = PyMem_New(Py_ssize_t, n > 0 ? n : 1);
    PyObject *result = NULL;
    if (middles == NULL || at == NULL)
        PyErr_NoMemory();
    else {
        Py_ssize_t found = 0;
        for (Py_ssize_t i = 0; i < n; i++) {
            middles[i] = (b[4 * i + 1] + b[4 * i + 3]) / 2;
            if (middles[i] == middles[i])
                at[found++] = i;
        }
        PyObject *items[2] = {float_list(middles, n), index_list(at, found)};
        result = tuple_of(2, items);
    }
    PyMem_Free(middles);
    PyMem_Free(at);
    PyMem_Free(b);
    return result;
}

/* A key and the box's place, for text_lines' sort: by key, then place (a stable sort's order). */
typedef struct {
    double key;
    Py_ssize_t at;
} keyed;

static int
by_key(const void *a, const void *b)
{
    const keyed *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return x->at < y->at ? -1 : x->at > y->at;
}

/* across.text_lines, step for step: the glyphs between x0 and x1 (`near` outside) as lines, top
   to bottom, each (top, bottom, its glyphs within a point of x0..x1, whether it has others).
   None where a box is odd or a glyph taken has a NaN top (Python's sort orders NaN keys its
   own way: across.py then reads it). Arguments: the glyph boxes, x0, x1, near. */
static PyObject *
text_lines(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 4) {
        PyErr_SetString(PyExc_TypeError, "text_lines takes the glyphs, x0, x1 and near");
        return NULL;
    }
    double x0 = PyFloat_AsDouble(args[1]), x1 = PyFloat_AsDouble(args[2]);
    double near = PyFloat_AsDouble(args[3]);
    if (PyErr_Occurred())
        return NULL;
    double *b;
    Py_ssize_t n;
    if (boxes_and_text(args[0], NULL, &b, &n) < 0)
        return NULL;
    if (b == NULL)
        Py_RETURN_NONE;
    PyObject *glyphs = args[0], *out = NULL;
    keyed *inside = PyMem_New(keyed, n > 0 ? n : 1);
    if (inside == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    double lo = x0 - near, hi = x1 + near;
    Py_ssize_t count = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        const double *g = b + 4 * i;
        if (lo <= g[0] && g[2] <= hi && g[2] > g[0]) {
            if (isnan(g[3])) {
                PyMem_Free(inside);
                PyMem_Free(b);
                Py_RETURN_NONE;
            }
            inside[count].key = -g[3];
            inside[count].at = i;
            count++;
        }
    }
    out = PyList_New(0);
    if (out == NULL || count == 0)
        goto done;
    qsort(inside, (size_t)count, sizeof(keyed), by_key);
    double left = x0 - 1, right = x1 + 1;
    Py_ssize_t first = 0;
    double low = b[4 * inside[0].at + 1];
    for (Py_ssize_t k = 1; k <= count; k++) {
        if (k < count) {
            const double *g = b + 4 * inside[k].at;
            if (g[3] - low > 0.25 * (g[3] - g[1])) {
                low = g[1] < low ? g[1] : low;
                continue;
            }
            low = g[1];
        }
        /* the line first..k-1: its glyphs within a point of x0..x1 */
        PyObject *mine = PyList_New(0);
        if (mine == NULL)
            goto failed;
        double top = 0.0, bottom = 0.0;
        for (Py_ssize_t j = first; j < k; j++) {
            const double *g = b + 4 * inside[j].at;
            if (!(left <= g[0] && g[2] <= right))
                continue;
            if (PyList_GET_SIZE(mine) == 0) {
                top = g[3];
                bottom = g[1];
            }
            else {
                top = g[3] > top ? g[3] : top;
                bottom = g[1] < bottom ? g[1] : bottom;
            }
            if (PyList_Append(mine, PyList_GET_ITEM(glyphs, inside[j].at)) < 0) {
                Py_DECREF(mine);
                goto failed;
            }
        }
        Py_ssize_t taken = PyList_GET_SIZE(mine);
        if (taken > 0) {
            PyObject *items[4] = {PyFloat_FromDouble(top), PyFloat_FromDouble(bottom), mine,
                                  PyBool_FromLong(taken < k - first)};
            PyObject *line = tuple_of(4, items);
            if (line == NULL || PyList_Append(out, line) < 0) {
                Py_XDECREF(line);
                goto failed;
            }
            Py_DECREF(line);
        }
        else
            Py_DECREF(mine);
        first = k;
    }
    goto done;
failed:
    Py_CLEAR(out);
done:
    PyMem_Free(inside);
    PyMem_Free(b);
    return out;
}

static PyMethodDef methods[] = {
    {"bind", (PyCFunction)(void (*)(void))bind, METH_FASTCALL,
     "bind(page_count, page_get, form_count, form_get, object_type, object_bounds, loose_box, "
     "font_weight, font_size, text_matrix, char_origin, count_rects, font_info, text_object, "
     "is_generated, char_box, text_index, get_text, char_angle, crop_box, media_box, "
     "object_font, render_mode): the "
     "pdfium functions' addresses, once."},
    {"paths", (PyCFunction)(void (*)(void))paths, METH_FASTCALL,
     "paths(page, most) -> [((left, bottom, right, top), address)] of the page's path objects "
     "(forms two levels down), stopping past `most`; an int (1 count, 2 object, 3 bounds) "
     "where pdfium fails."},
    {"text_only", (PyCFunction)(void (*)(void))text_only, METH_FASTCALL,
     "text_only(page, textpage, chars) -> whether the page's count of objects is the count of "
     "distinct text objects behind the text page's characters 0..chars-1."},
    {"drawn", (PyCFunction)(void (*)(void))drawn, METH_FASTCALL,
     "drawn(page, textpage, chars, most) -> what paths(page, most) gives ([] where every object "
     "is a text object behind characters 0..chars-1), asking pdfium for fewer objects where "
     "most are; only for a document without form XObjects."},
    {"run_start", (PyCFunction)(void (*)(void))run_start, METH_FASTCALL,
     "run_start(textpage, hypot, i) -> (em, origin y): the type size on the page (0.0 without "
     "a size or a matrix), y None without an origin."},
    {"loose_box", (PyCFunction)(void (*)(void))loose_box_of, METH_FASTCALL,
     "loose_box(textpage, i) -> (left, bottom, right, top), or None without one."},
    {"char_boxes", (PyCFunction)(void (*)(void))char_boxes, METH_FASTCALL,
     "char_boxes(textpage, count) -> [(left, bottom, right, top)] of glyphs 0..count-1, a "
     "glyph pdfium gives no box the one before it."},
    {"image_bounds", (PyCFunction)(void (*)(void))image_bounds, METH_FASTCALL,
     "image_bounds(page, levels) -> [(left, bottom, right, top)] of the page's image objects "
     "with bounds, in page order, forms `levels` deep."},
    {"count_rects", (PyCFunction)(void (*)(void))count_rects, METH_FASTCALL,
     "count_rects(textpage, start=0, count=-1) -> pdfium's count of rectangles of those "
     "characters."},
    {"page_text", (PyCFunction)(void (*)(void))page_text, METH_FASTCALL,
     "page_text(textpage, n) -> the text of characters 0..n-1 as pypdfium2's "
     "get_text_range(0, n) reads it."},
    {"line_spans", (PyCFunction)(void (*)(void))line_spans, METH_FASTCALL,
     "line_spans(text) -> [(start, end)] of the text's lines as line_runs reads them, leading "
     "white space passed over, blank lines left out."},
    {"one_rect", (PyCFunction)(void (*)(void))one_rect, METH_FASTCALL,
     "one_rect(textpage, start, count) -> whether pdfium gives those characters one rectangle "
     "(count_rects(textpage, start, count) == 1), asking CountRects only where their first "
     "and last counted glyphs are one text object."},
    {"bold", (PyCFunction)(void (*)(void))bold, METH_FASTCALL,
     "bold(textpage, name, [weight,] i) -> whether glyph i's face is bold, by its weight "
     "(asked here when not given) or its font's name, read into the 96-byte buffer at address "
     "`name`."},
    {"italic", (PyCFunction)(void (*)(void))italic, METH_FASTCALL,
     "italic(textpage, name, i) -> whether glyph i's font is flagged italic or named as a "
     "slanted face, its name read into the buffer at address `name`."},
    {"invisible", (PyCFunction)(void (*)(void))invisible, METH_FASTCALL,
     "invisible(textpage, i) -> whether glyph i is drawn in text render mode 3."},
    {"decimal_in", (PyCFunction)(void (*)(void))decimal_in, METH_FASTCALL,
     "decimal_in(text, start, end) -> whether text[start:end] holds a decimal digit (r'\\d')."},
    {"digit_after", (PyCFunction)(void (*)(void))digit_after, METH_FASTCALL,
     "digit_after(text, start, end) -> whether text[start:end] has a decimal digit after "
     "another character (r'\\D(?=\\d)')."},
    {"plain", (PyCFunction)(void (*)(void))plain, METH_FASTCALL,
     "plain(text) -> text.isprintable() and '  ' not in text."},
    {"unknown_count", (PyCFunction)(void (*)(void))unknown_count, METH_FASTCALL,
     "unknown_count(text) -> how many characters of text are control characters (but tab, "
     "line ends and U+0002) or private-use code points (text_layer.unknown_codes)."},
    {"join_words", (PyCFunction)(void (*)(void))join_words, METH_FASTCALL,
     "join_words(textpage, text, pos, end, digits, low, high, under, over, least, most, near, "
     "far, weight, font, x1, y0, y1) -> (s, e, ends, x1, y0, y1): the next word of the line that "
     "does not join the run at once (s = -1: none), the run's bounds over those that did."},
    {"line_runs", (PyCFunction)(void (*)(void))line_runs, METH_FASTCALL,
     "line_runs(textpage, name, hypot, text, start, end) -> [(text, x0, y0, x1, y1, loose, "
     "measure, bold, base, italic)]: line_runs._by_words' runs of the line, or None where a word needs "
     "line_runs' own tests."},
    {"page_lines", (PyCFunction)(void (*)(void))page_lines, METH_FASTCALL,
     "page_lines(textpage, name, hypot, text, spans, k) -> ([runs of spans[k]], [of spans[k + "
     "1]], ...], why): line_runs' lines from spans[k] on as line_runs reads them, up to the "
     "first one that is one text object (why 1) or needs line_runs' own tests (why 2); why 0: "
     "all read."},
    {"form_named", (PyCFunction)(void (*)(void))form_named, METH_FASTCALL,
     "form_named(data) -> whether the bytes hold 'ObjStm', or 'XObject' (a match of "
     "rb'Obj(?:ect|Stm)' that is either)."},
    {"next_escape", (PyCFunction)(void (*)(void))next_escape, METH_FASTCALL,
     "next_escape(data, pos) -> where the next match of rb'#(?:58|4[Ff]|53|6[2345AaDd]|74)' "
     "starts at or after pos, -1 where none does."},
    {"function_words", (PyCFunction)(void (*)(void))function_words, METH_FASTCALL,
     "function_words(text, most, first, second) -> (in first, in second): the runs of a-z of "
     "text[:most] lowered counted against two sets of words."},
    {"visible_bottom", (PyCFunction)(void (*)(void))visible_bottom, METH_FASTCALL,
     "visible_bottom(page) -> the crop box's lower edge, else the media box's, else 0.0."},
    {"remember_fonts", (PyCFunction)remember_fonts, METH_O,
     "remember_fonts(on) -> the setting before: whether join_words, line_runs and page_lines "
     "remember a font's weight and bold test while a line or a page is read."},
    {"drawn_at", (PyCFunction)(void (*)(void))drawn_at, METH_FASTCALL,
     "drawn_at(text, boxes) -> indices of the glyphs with a width and no blank, in order; None "
     "for odd input."},
    {"word_middles", (PyCFunction)(void (*)(void))word_middles, METH_FASTCALL,
     "word_middles(text, boxes) -> (word middles across, middle heights, drawn bytes, drawn "
     "indices) as grids._by_middle reads a page; None for odd input."},
    {"box_middles", (PyCFunction)box_middles, METH_O,
     "box_middles(boxes) -> (middle heights, indices of those not NaN); None for odd input."},
    {"text_lines", (PyCFunction)(void (*)(void))text_lines, METH_FASTCALL,
     "text_lines(glyphs, x0, x1, near) -> across.text_lines' lines [(top, bottom, glyphs, "
     "cut)]; None for odd input or a NaN top."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_bulk",
    .m_doc = "Bulk questions to pdfium (see glyphs.py).",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit__bulk(void)
{
    return PyModule_Create(&module);
}
