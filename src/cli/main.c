#include <zhen/zhen.h>
int main(void) { return 0; }
