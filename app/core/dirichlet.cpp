#include "core/dirichlet.h"

#include "core/vectorclones.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace core {

namespace {

constexpr double kTail = 7.697117470131487;    // r = x_255, where the tail starts
constexpr double kArea = 3.949659822581572e-3; // of each layer

ExponentialZiggurat build()
{
    ExponentialZiggurat z{};
    const double m2 = 0x1.0p52;
    double de = kTail;
    double te = de;
    const double q = kArea / std::exp(-de);
    z.inside[0] = quint64(de / q * m2);
    z.inside[1] = 0;
    z.width[0] = q / m2;
    z.width[255] = de / m2;
    z.f[0] = 1.0;
    z.f[255] = std::exp(-de);
    for (int i = 254; i >= 1; --i) {
        de = -std::log(kArea / de + std::exp(-de));
        z.inside[i + 1] = quint64(de / te * m2);
        te = de;
        z.f[i] = std::exp(-de);
        z.width[i] = de / m2;
    }
    return z;
}

constexpr quint64 kGolden = 0x9E3779B97F4A7C15ULL;

// Steps the eight generators `count / 8` times.  GCC and Clang vector types
// say "four lanes at once" where the auto-vectoriser would not (it does not
// see through the rotations); the result is the same either way.
TRADEOFF_VECTOR_CLONES void fillLanes(quint64 (&state)[4][XoshiroLanes::kLanes], quint64 *__restrict out,
                                      int count)
{
#if defined(__GNUC__)
    using Lane4 = quint64 __attribute__((vector_size(32)));
    constexpr int kHalves = XoshiroLanes::kLanes / 4;
    Lane4 s[4][kHalves];
    std::memcpy(s, state, sizeof s);
    for (int k = 0; k < count; k += XoshiroLanes::kLanes) {
        for (int h = 0; h < kHalves; ++h) {
            Lane4 &s0 = s[0][h];
            Lane4 &s1 = s[1][h];
            Lane4 &s2 = s[2][h];
            Lane4 &s3 = s[3][h];
            const Lane4 sum = s0 + s3;
            const Lane4 result = ((sum << 23) | (sum >> 41)) + s0;
            std::memcpy(out + k + 4 * h, &result, sizeof result);
            const Lane4 t = s1 << 17;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = (s3 << 45) | (s3 >> 19);
        }
    }
    std::memcpy(state, s, sizeof s);
#else
    for (int k = 0; k < count; k += XoshiroLanes::kLanes) {
        for (int l = 0; l < XoshiroLanes::kLanes; ++l) {
            quint64 &s0 = state[0][l];
            quint64 &s1 = state[1][l];
            quint64 &s2 = state[2][l];
            quint64 &s3 = state[3][l];
            out[k + l] = std::rotl(s0 + s3, 23) + s0;
            const quint64 t = s1 << 17;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = std::rotl(s3, 45);
        }
    }
#endif
}

// The ziggurat's first step for many draws at once; outside[k] is set where
// the draw falls outside the rectangles and must finish on the slow path.
TRADEOFF_VECTOR_CLONES void zigguratRectangles(const quint64 *__restrict bits, int count,
                                               const ExponentialZiggurat &z, double *__restrict out,
                                               unsigned char *__restrict outside)
{
    for (int k = 0; k < count; ++k) {
        const quint64 b = bits[k];
        const quint64 i = b & 0xff;
        const quint64 j = b >> 12;
        // j < 2^52 as a double, exactly: put it in the mantissa of 2^52.
        const double x = (std::bit_cast<double>(j | 0x4330000000000000ULL) - 0x1.0p52) * z.width[i];
        out[k] = x;
        outside[k] = j >= z.inside[i] ? 1 : 0;
    }
}

} // namespace

quint64 splitmix(quint64 x)
{
    x += kGolden;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

void Xoshiro256::reseed(quint64 seed)
{
    // Consecutive outputs of SplitMix64 started at `seed`: never all zero.
    for (int i = 0; i < 4; ++i)
        m_state[i] = splitmix(seed + quint64(i) * kGolden);
}

void XoshiroLanes::reseed(quint64 seed)
{
    for (int l = 0; l < kLanes; ++l) {
        for (int i = 0; i < 4; ++i)
            state[i][l] = splitmix(seed + quint64(4 * l + i) * kGolden);
    }
}

void XoshiroLanes::fill(quint64 *out, int count)
{
    fillLanes(state, out, count);
}

const ExponentialZiggurat &ExponentialZiggurat::tables()
{
    static const ExponentialZiggurat z = build();
    return z;
}

double ExponentialZiggurat::slow(Xoshiro256 &rng, int layer, double x) const
{
    for (;;) {
        if (layer == 0)
            return kTail - std::log(rng.unit()); // the tail, memoryless
        if (f[layer] + rng.unit() * (f[layer - 1] - f[layer]) < std::exp(-x))
            return x; // inside the wedge under the density
        const quint64 bits = rng();
        layer = int(bits & 0xff);
        const quint64 j = bits >> 12;
        x = double(j) * width[layer];
        if (j < inside[layer])
            return x;
    }
}

DirichletSampler::DirichletSampler(const QVector<double> &alpha)
{
    for (double a : alpha) {
        m_flat = m_flat && a == 1.0;
        m_gammas.emplace_back(a, 1.0);
    }
}

void DirichletSampler::reseed(quint64 seed)
{
    m_rng.reseed(seed);
    m_lanes.reseed(splitmix(seed ^ 0x6A09E667F3BCC909ULL));
    for (auto &g : m_gammas)
        g.reset();
}

void DirichletSampler::exponentials(double *out, int count)
{
    const int words = (count + XoshiroLanes::kLanes - 1) / XoshiroLanes::kLanes * XoshiroLanes::kLanes;
    m_bits.resize(std::size_t(words));
    m_outside.resize(std::size_t(count + 7) / 8);
    m_lanes.fill(m_bits.data(), words);
    auto *outside = reinterpret_cast<unsigned char *>(m_outside.data());
    zigguratRectangles(m_bits.data(), count, m_ziggurat, out, outside);
    // About one draw in a hundred: find them eight flags at a time.
    for (int w = 0; w < int(m_outside.size()); ++w) {
        if (m_outside[std::size_t(w)] == 0)
            continue;
        for (int k = 8 * w; k < std::min(count, 8 * w + 8); ++k) {
            if (outside[k])
                out[k] = m_ziggurat.slow(m_rng, int(m_bits[std::size_t(k)] & 0xff), out[k]);
        }
    }
}

void DirichletSampler::draw(double *out, std::ptrdiff_t criterionStride, int samples,
                            std::ptrdiff_t sampleStride)
{
    const std::ptrdiff_t m = std::ptrdiff_t(m_gammas.size());
    for (int s = 0; s < samples; ++s) {
        double *sample = out + s * sampleStride;
        for (std::ptrdiff_t j = 0; j < m; ++j)
            sample[j * criterionStride] =
                m_flat ? exponential(m_rng, m_ziggurat) : m_gammas[std::size_t(j)](m_rng);
    }
}

} // namespace core
