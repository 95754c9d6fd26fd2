/* A heap counter for benchmarks/memory.py, loaded with LD_PRELOAD into a measuring process:
 * every malloc-family call goes to glibc's implementation (__libc_*) and adds the block's usable
 * size to the bytes in use; free subtracts it. heap_peak_reset() starts a new peak at the current
 * use, heap_peak() returns the peak since then, heap_in_use() the current use (ctypes reads them).
 * Counts every allocation of the process through the C library (onnxruntime's allocator uses it),
 * whichever thread makes it; not mmap calls made directly. */
#define _GNU_SOURCE
#include <malloc.h>
#include <stddef.h>
#include <stdatomic.h>

extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);
extern void *__libc_memalign(size_t, size_t);
extern void __libc_free(void *);

static _Atomic long in_use, peak;

static void *count(void *p) {
    if (p) {
        long now = atomic_fetch_add(&in_use, (long)malloc_usable_size(p)) + (long)malloc_usable_size(p);
        long old = atomic_load(&peak);
        while (now > old && !atomic_compare_exchange_weak(&peak, &old, now)) {}
    }
    return p;
}
static void uncount(void *p) { if (p) atomic_fetch_sub(&in_use, (long)malloc_usable_size(p)); }

void *malloc(size_t n) { return count(__libc_malloc(n)); }
void *calloc(size_t n, size_t m) { return count(__libc_calloc(n, m)); }
void free(void *p) { uncount(p); __libc_free(p); }
void *realloc(void *p, size_t n) { uncount(p); return count(__libc_realloc(p, n)); }
void *memalign(size_t a, size_t n) { return count(__libc_memalign(a, n)); }
void *aligned_alloc(size_t a, size_t n) { return count(__libc_memalign(a, n)); }
int posix_memalign(void **out, size_t a, size_t n) {
    void *p = __libc_memalign(a, n);
    if (!p) return 12; /* ENOMEM */
    *out = count(p);
    return 0;
}
void heap_peak_reset(void) { atomic_store(&peak, atomic_load(&in_use)); }
long heap_peak(void) { return atomic_load(&peak); }
long heap_in_use(void) { return atomic_load(&in_use); }
