/* Replays fuzz corpora without libFuzzer, so every saved input is a
 * regression test under gcc, ASan and valgrind: run FILE... */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
	int n = 0;
	for (int i = 1; i < argc; i++) {
		FILE *f = fopen(argv[i], "rb");
		if (!f) {
			perror(argv[i]);
			return 1;
		}
		uint8_t *buf = NULL;
		size_t len = 0, cap = 0, got;
		do {
			if (len == cap) {
				cap = cap ? cap * 2 : 4096;
				uint8_t *p = realloc(buf, cap);
				if (!p) {
					free(buf);
					fclose(f);
					return 1;
				}
				buf = p;
			}
			got = fread(buf + len, 1, cap - len, f);
			len += got;
		} while (got);
		fclose(f);
		LLVMFuzzerTestOneInput(buf, len);
		free(buf);
		n++;
	}
	printf("fuzz replay: %d passed, 0 failed\n", n);
	return 0;
}
