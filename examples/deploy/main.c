/* Run a model exported by ember from C: no Python, no ember (docs/deploy.md).

     ember-compile model.onnx -o model.so
     cc examples/deploy/main.c -I. -o run_model -ldl
     ./run_model input.npy                  # writes <output name>.npy for every output

   Usage: run_model [-o DIR] [--library FILE] [--weights FILE] INPUT...
   One INPUT per model input, in order: a .npy file (its dtype and shape must be the model's) or
   raw bytes in any other file (exactly the input's size). A model with sizes known only at run
   time (MODEL_NUM_SYMBOLS > 0) takes .npy files: their shapes give the sizes (model_bind_sizes). Every output is written as
   DIR/<output name>.npy (DIR defaults to "."), and one line per output is printed.
   --library FILE: the shared library (default: model.so beside this program). It is loaded with
   dlopen after its ELF headers were checked against the file (a truncated or foreign file is an
   error line, not a crash of the dynamic loader), then model_check verifies the ABI version, the
   CPU's features and the weights' checksum.
   --weights FILE: the side file of a library built with --weights-file.

   The same file builds against the no-heap object of `ember-compile --no-heap` (model.o), linked
   in: then the model's static arena is used. Errors are one line on stderr and exit status 1. */

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"

#if !MODEL_STATIC_ARENA
#include <dlfcn.h>
#include <elf.h>
#include <sys/stat.h>
#endif

enum { NPY_HEADER_MAX = 4096 };

static const char *const input_names[] = MODEL_INPUT_NAMES;
static const char *const input_descrs[] = MODEL_INPUT_NPY_DESCRS;
static const size_t input_ranks[] = MODEL_INPUT_RANKS;
static const char *const output_names[] = MODEL_OUTPUT_NAMES;
static const char *const output_descrs[] = MODEL_OUTPUT_NPY_DESCRS;
static const size_t output_ranks[] = MODEL_OUTPUT_RANKS;
/* The shapes and byte counts of this call (-1: a size known only at run time, until bound). */
static int64_t input_shapes[][MODEL_INPUT_MAX_RANK] = MODEL_INPUT_SHAPES;
static int64_t output_shapes[][MODEL_OUTPUT_MAX_RANK] = MODEL_OUTPUT_SHAPES;
static size_t input_bytes[MODEL_NUM_INPUTS], output_bytes[MODEL_NUM_OUTPUTS];
#if MODEL_NUM_SYMBOLS
static int64_t symbols[MODEL_NUM_SYMBOLS];
#endif

static int fail(const char *what, const char *detail) {
  fprintf(stderr, "error: %s: %s\n", what, detail);
  return 0;
}

static int ends_with(const char *text, const char *suffix) {
  size_t n = strlen(text), m = strlen(suffix);
  return n >= m && strcmp(text + n - m, suffix) == 0;
}

/* The shape tuple "(a, b, c)" of an .npy header, read into shape[0..rank): 1 if it has rank dims. */
static int read_shape(const char *header, int64_t *shape, size_t rank) {
  const char *at = strstr(header, "'shape':");
  if (!at || !(at = strchr(at, '('))) return 0;
  at++;
  for (size_t i = 0; i < rank; i++) {
    char *end;
    long long dim = strtoll(at, &end, 10);
    if (end == at) return 0;
    shape[i] = dim;
    at = end;
    while (*at == ',' || *at == ' ') at++;
  }
  return *at == ')';
}

/* Open input `index`: for an .npy file, check its header (dtype, C order, rank) and read its
   shape into `shape`; leaves the file at the data. NULL (after an error line) on failure. */
static FILE *open_input(const char *path, size_t index, int64_t *shape, int *has_shape) {
  FILE *file = fopen(path, "rb");
  if (!file) return fail(path, strerror(errno)), NULL;
  *has_shape = ends_with(path, ".npy");
  if (!*has_shape) return file;
  unsigned char preamble[10];
  char header[NPY_HEADER_MAX + 1], descr[32];
  if (fread(preamble, 1, 10, file) != 10 || memcmp(preamble, "\x93NUMPY", 6) != 0 || preamble[6] != 1) {
    fclose(file);
    return fail(path, "not a version 1 .npy file"), NULL;
  }
  size_t length = (size_t)preamble[8] | (size_t)preamble[9] << 8;
  if (length > NPY_HEADER_MAX || fread(header, 1, length, file) != length) {
    fclose(file);
    return fail(path, "damaged .npy header"), NULL;
  }
  header[length] = '\0';
  snprintf(descr, sizeof descr, "'descr': '%s'", input_descrs[index]);
  if (!strstr(header, descr) || strstr(header, "'fortran_order': True") || !read_shape(header, shape, input_ranks[index])) {
    fclose(file);
    fprintf(stderr, "error: %s: expected input '%s' as %s with the model's shape (see model.h)\n", path,
            input_names[index], input_descrs[index]);
    return NULL;
  }
  return file;
}

/* The shapes and byte counts of this call: the model's own, or with run-time sizes, bound from
   the inputs' shapes. 1 if the inputs' shapes fit. */
static int resolve_shapes(const int64_t shapes[][MODEL_INPUT_MAX_RANK], const int *has_shape, const char *const *paths) {
#if MODEL_NUM_SYMBOLS
  const int64_t *bound[MODEL_NUM_INPUTS];
  for (int i = 0; i < MODEL_NUM_INPUTS; i++) {
    if (!has_shape[i]) return fail(paths[i], "this model's sizes are known only at run time: pass inputs as .npy files");
    bound[i] = shapes[i];
  }
  if (model_bind_sizes(bound, symbols) != MODEL_OK)
    return fail("run_model", "the inputs' shapes do not fit the model (see MODEL_INPUT*_DIMS and the size ranges in model.h)");
  for (int i = 0; i < MODEL_NUM_INPUTS; i++) input_bytes[i] = model_input_bytes(i, symbols), model_input_shape(i, symbols, input_shapes[i]);
  for (int i = 0; i < MODEL_NUM_OUTPUTS; i++) output_bytes[i] = model_output_bytes(i, symbols), model_output_shape(i, symbols, output_shapes[i]);
#else
  static const size_t in_bytes[] = MODEL_INPUT_BYTES, out_bytes[] = MODEL_OUTPUT_BYTES;
  for (int i = 0; i < MODEL_NUM_INPUTS; i++) {
    input_bytes[i] = in_bytes[i];
    if (has_shape[i] && memcmp(shapes[i], input_shapes[i], input_ranks[i] * sizeof(int64_t)) != 0) {
      fprintf(stderr, "error: %s: expected input '%s' as %s with the model's shape (see model.h)\n", paths[i],
              input_names[i], input_descrs[i]);
      return 0;
    }
  }
  for (int i = 0; i < MODEL_NUM_OUTPUTS; i++) output_bytes[i] = out_bytes[i];
#endif
  return 1;
}

/* Read the data of input `index` (exactly its byte count) and close the file. */
static int read_input(FILE *file, const char *path, size_t index, void *buffer) {
  size_t got = fread(buffer, 1, input_bytes[index], file);
  int extra = fgetc(file) != EOF;
  fclose(file);
  if (got != input_bytes[index] || extra) {
    fprintf(stderr, "error: %s: expected %zu bytes of data for input '%s'\n", path, input_bytes[index],
            input_names[index]);
    return 0;
  }
  return 1;
}

/* Write output `index` as DIR/<name>.npy (format version 1). */
static int write_output(const char *dir, size_t index, const void *data) {
  char path[4096], shape[512] = "", header[NPY_HEADER_MAX];
  snprintf(path, sizeof path, "%s/%s.npy", dir, output_names[index]);
  for (size_t i = 0; i < output_ranks[index]; i++) {
    size_t used = strlen(shape);
    snprintf(shape + used, sizeof shape - used, "%lld,%s", (long long)output_shapes[index][i],
             i + 1 < output_ranks[index] ? " " : "");
  }
  int length = snprintf(header, sizeof header, "{'descr': '%s', 'fortran_order': False, 'shape': (%s), }",
                        output_descrs[index], shape);
  size_t total = ((size_t)length + 11 + 63) / 64 * 64; /* preamble + header + '\n', 64-aligned */
  memset(header + length, ' ', total - 10 - (size_t)length);
  header[total - 11] = '\n';
  unsigned char preamble[10] = {0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0};
  preamble[8] = (unsigned char)((total - 10) & 0xff);
  preamble[9] = (unsigned char)((total - 10) >> 8);
  FILE *file = fopen(path, "wb");
  if (!file) return fail(path, strerror(errno));
  int ok = fwrite(preamble, 1, 10, file) == 10 && fwrite(header, 1, total - 10, file) == total - 10 &&
           fwrite(data, 1, output_bytes[index], file) == output_bytes[index];
  ok = (fclose(file) == 0) && ok;
  if (!ok) return fail(path, "could not write the output");
  printf("%s: %s (%zu bytes)\n", output_names[index], path, output_bytes[index]);
  return 1;
}

#if !MODEL_STATIC_ARENA
/* ---- the loader: check the file, dlopen it, resolve the functions this program calls ---- */

#if UINTPTR_MAX > 0xffffffffu
typedef Elf64_Ehdr Ehdr;
typedef Elf64_Phdr Phdr;
enum { ELF_CLASS = ELFCLASS64 };
#else
typedef Elf32_Ehdr Ehdr;
typedef Elf32_Phdr Phdr;
enum { ELF_CLASS = ELFCLASS32 };
#endif

#if defined(__x86_64__)
enum { ELF_MACHINE = EM_X86_64 };
#elif defined(__aarch64__)
enum { ELF_MACHINE = EM_AARCH64 };
#elif defined(__riscv)
enum { ELF_MACHINE = EM_RISCV };
#elif defined(__arm__)
enum { ELF_MACHINE = EM_ARM };
#else
enum { ELF_MACHINE = EM_NONE }; /* unknown here: the dynamic loader checks it */
#endif

static int (*model_check_fn)(int);
#if MODEL_NUM_SYMBOLS
static int (*model_run_v_fn)(const void *const *, void *const *, const int64_t *, void *);
#else
static int (*model_run_v_fn)(const void *const *, void *const *, void *);
#endif
static int (*model_set_weights_fn)(const void *, size_t);
#define model_check model_check_fn
#define model_run_v model_run_v_fn
#define model_set_weights model_set_weights_fn

/* End of the furthest thing the headers describe (program headers, section headers, the file
   contents of every loadable segment): a file shorter than that would fault inside dlopen. */
static size_t described_end(FILE *file, const Ehdr *ehdr) {
  size_t end = (size_t)ehdr->e_phoff + (size_t)ehdr->e_phnum * ehdr->e_phentsize;
  size_t sections = (size_t)ehdr->e_shoff + (size_t)ehdr->e_shnum * ehdr->e_shentsize;
  if (sections > end) end = sections;
  for (size_t i = 0; i < ehdr->e_phnum; i++) {
    Phdr phdr;
    if (fseek(file, (long)(ehdr->e_phoff + i * ehdr->e_phentsize), SEEK_SET) != 0 ||
        fread(&phdr, sizeof phdr, 1, file) != 1)
      break; /* the headers themselves are cut: `end` already says so */
    if (phdr.p_type == PT_LOAD && (size_t)(phdr.p_offset + phdr.p_filesz) > end)
      end = (size_t)(phdr.p_offset + phdr.p_filesz);
  }
  return end;
}

/* The ELF header of `path` fits this program and the file holds everything it describes. */
static int check_library_file(const char *path) {
  FILE *file = fopen(path, "rb");
  if (!file) return fail(path, strerror(errno));
  struct stat status;
  Ehdr ehdr;
  size_t size = fstat(fileno(file), &status) == 0 ? (size_t)status.st_size : 0;
  int whole = fread(&ehdr, sizeof ehdr, 1, file) == 1;
  const char *problem = NULL;
  char detail[160];
  if (!whole && size >= SELFMAG && memcmp(&ehdr, ELFMAG, SELFMAG) == 0) problem = "truncated: the file is too short for an ELF header";
  else if (!whole || memcmp(ehdr.e_ident, ELFMAG, SELFMAG) != 0) problem = "not a shared library (no ELF header)";
  else if (ehdr.e_ident[EI_CLASS] != ELF_CLASS) problem = "built for a target with another word size";
  else if (ehdr.e_type != ET_DYN) problem = "not a shared library (an object file? link a --no-heap model.o in instead)";
  else if (ELF_MACHINE != EM_NONE && ehdr.e_machine != ELF_MACHINE) problem = "built for another architecture";
  else {
    size_t end = described_end(file, &ehdr);
    if (end > size) {
      snprintf(detail, sizeof detail, "truncated: the file is too short (%zu bytes; its ELF headers describe %zu)", size, end);
      problem = detail;
    }
  }
  fclose(file);
  return problem ? fail(path, problem) : 1;
}

static void *symbol(void *library, const char *path, const char *name) {
  void *address = dlsym(library, name);
  if (!address) fprintf(stderr, "error: %s: has no function %s (not a library exported as 'model')\n", path, name);
  return address;
}

static int load_library(const char *path) {
  char local[4096];
  if (!strchr(path, '/')) { /* dlopen would search the library path instead of this directory */
    if (snprintf(local, sizeof local, "./%s", path) >= (int)sizeof local) return fail(path, "path too long");
    path = local;
  }
  if (!check_library_file(path)) return 0;
  void *library = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  if (!library) {
    const char *why = dlerror();
    fprintf(stderr, "error: %s\n", why ? why : path);
    return 0;
  }
  *(void **)&model_check_fn = symbol(library, path, "model_check");
  *(void **)&model_run_v_fn = symbol(library, path, "model_run_v");
  *(void **)&model_set_weights_fn = symbol(library, path, "model_set_weights");
  return model_check_fn && model_run_v_fn && model_set_weights_fn;
}

/* model.so in the directory of `program` (argv[0]). */
static const char *default_library(const char *program, char *buffer, size_t size) {
  const char *slash = strrchr(program, '/');
  if (!slash) return "model.so";
  if (snprintf(buffer, size, "%.*s/model.so", (int)(slash - program), program) >= (int)size) return "model.so";
  return buffer;
}
#endif

#if !MODEL_STATIC_ARENA
/* A --weights-file build: read the side file and hand it to the library (which copies it). */
static int load_weights(const char *path) {
  FILE *file = fopen(path, "rb");
  if (!file) return fail(path, strerror(errno));
  unsigned char *data = malloc(MODEL_WEIGHTS_BYTES + 1);
  size_t got = data ? fread(data, 1, MODEL_WEIGHTS_BYTES + 1, file) : 0;
  fclose(file);
  int status = data ? model_set_weights(data, got) : MODEL_E_NOMEM;
  free(data);
  if (status != MODEL_OK) return fail(path, model_strerror(status));
  return 1;
}
#endif

int main(int argc, char **argv) {
  const char *dir = ".", *weights = NULL, *library = NULL, *inputs[MODEL_NUM_INPUTS + 1];
  int count = 0;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "-o") == 0 && i + 1 < argc) dir = argv[++i];
    else if (strcmp(argv[i], "--library") == 0 && i + 1 < argc) library = argv[++i];
    else if (strcmp(argv[i], "--weights") == 0 && i + 1 < argc) weights = argv[++i];
    else if (count < MODEL_NUM_INPUTS + 1) inputs[count++] = argv[i];
  }
  if (count != MODEL_NUM_INPUTS) {
    fprintf(stderr, "error: expected %d input file(s), got %d (usage: %s [-o DIR] [--library FILE] [--weights FILE] INPUT...)\n",
            MODEL_NUM_INPUTS, count, argv[0]);
    return 1;
  }
#if !MODEL_STATIC_ARENA
  char buffer[4096];
  if (!load_library(library ? library : default_library(argv[0], buffer, sizeof buffer))) return 1;
  if (weights && !load_weights(weights)) return 1;
#else
  if (library) return !fail(library, "a no-heap build has its model linked in");
  if (weights) return !fail(weights, "a no-heap build has its weights built in");
#endif
  int status = model_check(MODEL_ABI_VERSION);
  if (status != MODEL_OK) return !fail(MODEL_VERSION, model_strerror(status));

  FILE *files[MODEL_NUM_INPUTS];
  int64_t shapes[MODEL_NUM_INPUTS][MODEL_INPUT_MAX_RANK];
  int has_shape[MODEL_NUM_INPUTS];
  for (int i = 0; i < MODEL_NUM_INPUTS; i++)
    if (!(files[i] = open_input(inputs[i], (size_t)i, shapes[i], &has_shape[i]))) return 1;
  if (!resolve_shapes((const int64_t(*)[MODEL_INPUT_MAX_RANK])shapes, has_shape, inputs)) return 1;

  void *in[MODEL_NUM_INPUTS], *out[MODEL_NUM_OUTPUTS];
  int ok = 1;
  for (int i = 0; i < MODEL_NUM_INPUTS; i++) ok = ok && (in[i] = malloc(input_bytes[i] ? input_bytes[i] : 1));
  for (int i = 0; i < MODEL_NUM_OUTPUTS; i++) ok = ok && (out[i] = malloc(output_bytes[i] ? output_bytes[i] : 1));
  if (!ok) return !fail("run_model", "out of memory");
  for (int i = 0; i < MODEL_NUM_INPUTS; i++)
    if (!read_input(files[i], inputs[i], (size_t)i, in[i])) return 1;

  void *arena = NULL; /* shared library: it allocates per call; no-heap object: its static arena */
#if !MODEL_STATIC_ARENA
  if (MODEL_ARENA_BYTES > 0 && !(arena = aligned_alloc(MODEL_ARENA_ALIGNMENT, (MODEL_ARENA_BYTES + 63) / 64 * 64)))
    return !fail("run_model", "out of memory for the arena");
#endif
#if MODEL_NUM_SYMBOLS
  status = model_run_v((const void *const *)in, out, symbols, arena);
#else
  status = model_run_v((const void *const *)in, out, arena);
#endif
  if (status != MODEL_OK) return !fail("model_run", model_strerror(status));
  for (int i = 0; i < MODEL_NUM_OUTPUTS; i++)
    if (!write_output(dir, (size_t)i, out[i])) return 1;
  return 0;
}
