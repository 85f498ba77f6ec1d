#pragma once

// Marks a hot loop to be compiled twice on x86-64, for AVX2 and for the
// baseline; the processor picks one when the program loads.  Both clones add,
// multiply and compare in the same order (AVX2 brings no fused multiply-add),
// so the results are the same on every machine.  Plain elsewhere, and under
// the sanitizers.
#if defined(__x86_64__) && defined(__has_attribute) && !defined(__SANITIZE_ADDRESS__)
#if __has_attribute(target_clones)
#define TRADEOFF_VECTOR_CLONES __attribute__((target_clones("avx2", "default")))
#endif
#endif
#ifndef TRADEOFF_VECTOR_CLONES
#define TRADEOFF_VECTOR_CLONES
#endif
