#pragma once

#include <QVector>
#include <QtGlobal>
#include <bit>
#include <cstddef>
#include <random>
#include <vector>

namespace core {

// SplitMix64's output function (Steele, Lea & Flood 2014): spreads a seed
// over 64 bits.
quint64 splitmix(quint64 x);

// xoshiro256++ (Blackman & Vigna 2019): fast, 256 bits of state, seeded
// through SplitMix64.  A UniformRandomBitGenerator, so the standard
// distributions accept it.
class Xoshiro256
{
public:
    using result_type = quint64;
    explicit Xoshiro256(quint64 seed = 1) { reseed(seed); }
    void reseed(quint64 seed);
    static constexpr result_type min() { return 0; }
    static constexpr result_type max() { return ~result_type(0); }
    result_type operator()()
    {
        quint64 *s = m_state;
        const quint64 result = std::rotl(s[0] + s[3], 23) + s[0];
        const quint64 t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = std::rotl(s[3], 45);
        return result;
    }
    // Uniform on the open interval (0, 1), 53 random bits.
    double unit() { return (double((*this)() >> 11) + 0.5) * 0x1.0p-53; }

private:
    quint64 m_state[4] = {};
};

// Eight xoshiro256++ generators stepped side by side, which the processor
// runs in parallel (an AVX2 register holds four).
struct XoshiroLanes
{
    static constexpr int kLanes = 8;
    quint64 state[4][kLanes] = {};

    void reseed(quint64 seed);
    // `count` random words, a multiple of kLanes, lane by lane.
    void fill(quint64 *out, int count);
};

// Ziggurat tables for the standard exponential (Marsaglia & Tsang, J. Stat.
// Software 5(8), 2000; 256 layers).  From 64 random bits, the low 8 pick a
// layer i and the top 52 an integer j; x = j * width[i] lies under the density
// outright when j < inside[i] (about 99 % of draws); f[i] = exp(-x_i).
struct ExponentialZiggurat
{
    double width[256];
    double f[256];
    quint64 inside[256];

    static const ExponentialZiggurat &tables();
    // The rare draws outside the rectangles: the tail and the wedges.
    double slow(Xoshiro256 &rng, int layer, double x) const;
};

// A standard exponential variate, exact.
inline double exponential(Xoshiro256 &rng, const ExponentialZiggurat &z = ExponentialZiggurat::tables())
{
    const quint64 bits = rng();
    const int i = int(bits & 0xff);
    const quint64 j = bits >> 12;
    const double x = double(j) * z.width[i];
    return j < z.inside[i] ? x : z.slow(rng, i, x);
}

// Weights drawn from a Dirichlet distribution with parameters `alpha`, as
// independent gamma variates of shape alpha_j for the caller to divide by
// their sum.  All alphas 1 is the flat Dirichlet, uniform on the simplex:
// normalised exponential variates (-log of a uniform, by the ziggurat).
class DirichletSampler
{
public:
    explicit DirichletSampler(const QVector<double> &alpha);
    bool flat() const { return m_flat; }
    // Restarts the generators and forgets any value a distribution cached.
    void reseed(quint64 seed);
    // Flat only: `count` independent exponential variates into out[0] ..
    // out[count - 1], many at a time (fastest for multiples of 8).
    void exponentials(double *out, int count);
    // Draws `samples` samples, one after the other: sample s writes its
    // variate for criterion j to out[s * sampleStride + j * criterionStride].
    void draw(double *out, std::ptrdiff_t criterionStride, int samples = 1, std::ptrdiff_t sampleStride = 0);

private:
    Xoshiro256 m_rng; // gamma variates, and exponentials outside the rectangles
    XoshiroLanes m_lanes;
    std::vector<quint64> m_bits;
    std::vector<quint64> m_outside; // one flag per variate, read eight at a time
    const ExponentialZiggurat &m_ziggurat = ExponentialZiggurat::tables();
    bool m_flat = true;
    std::vector<std::gamma_distribution<double>> m_gammas;
};

} // namespace core
