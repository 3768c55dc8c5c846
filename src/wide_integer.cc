#include "wide_integer.h"

#include <array>
#include <cstring>

namespace relance::wide {
namespace {

using internal::kPow10;

template <int K>
std::uint64_t DivSmall(std::uint64_t v, std::uint64_t* r) {
  constexpr std::uint64_t d = static_cast<std::uint64_t>(kPow10[K]);
  const std::uint64_t q = v / d;  // compiled to a multiply by reciprocal
  *r = v - q * d;
  return q;
}

std::uint64_t DivModPow10Small(std::uint64_t v, int k, std::uint64_t* r) {
  switch (k) {
    case 0: *r = 0; return v;
    case 1: return DivSmall<1>(v, r);
    case 2: return DivSmall<2>(v, r);
    case 3: return DivSmall<3>(v, r);
    case 4: return DivSmall<4>(v, r);
    case 5: return DivSmall<5>(v, r);
    case 6: return DivSmall<6>(v, r);
    case 7: return DivSmall<7>(v, r);
    case 8: return DivSmall<8>(v, r);
    case 9: return DivSmall<9>(v, r);
    case 10: return DivSmall<10>(v, r);
    case 11: return DivSmall<11>(v, r);
    case 12: return DivSmall<12>(v, r);
    case 13: return DivSmall<13>(v, r);
    case 14: return DivSmall<14>(v, r);
    case 15: return DivSmall<15>(v, r);
    case 16: return DivSmall<16>(v, r);
    case 17: return DivSmall<17>(v, r);
    case 18: return DivSmall<18>(v, r);
    case 19: return DivSmall<19>(v, r);
    default: *r = v; return 0;  // 10^k > 2^64 > v
  }
}

constexpr char kDigitPairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536"
    "37383940414243444546474849505152535455565758596061626364656667686970717273"
    "74757677787980818283848586878889909192939495969798999";

char* WriteSmallBackward(std::uint64_t v, char* end) {
  while (v >= 100) {
    const unsigned pair = static_cast<unsigned>(v % 100);
    v /= 100;
    end -= 2;
    std::memcpy(end, kDigitPairs + 2 * pair, 2);
  }
  if (v >= 10) {
    end -= 2;
    std::memcpy(end, kDigitPairs + 2 * v, 2);
  } else {
    *--end = static_cast<char>('0' + v);
  }
  return end;
}

// Exactly 19 digits of v < 10^19, zero-padded.
char* WriteNineteenBackward(std::uint64_t v, char* end) {
  char* start = end - 19;
  char* p = WriteSmallBackward(v, end);
  while (p > start) *--p = '0';
  return start;
}

}  // namespace

uint128 DivModPow10(uint128 v, int k, uint128* remainder) {
  if ((v >> 64) == 0) {
    std::uint64_t r;
    const std::uint64_t q =
        DivModPow10Small(static_cast<std::uint64_t>(v), k, &r);
    *remainder = r;
    return q;
  }
  const uint128 d = kPow10[static_cast<std::size_t>(k)];
  const uint128 q = v / d;
  *remainder = v - q * d;
  return q;
}

char* WriteDigitsBackward(uint128 v, char* end) {
  constexpr std::uint64_t kChunk = 10000000000000000000ull;  // 10^19
  if ((v >> 64) == 0) return WriteSmallBackward(static_cast<std::uint64_t>(v), end);
  const uint128 high = v / kChunk;
  const auto low = static_cast<std::uint64_t>(v - high * kChunk);
  end = WriteNineteenBackward(low, end);
  if ((high >> 64) == 0) {
    return WriteSmallBackward(static_cast<std::uint64_t>(high), end);
  }
  const uint128 top = high / kChunk;  // at most 39 - 38 digits remain
  end = WriteNineteenBackward(static_cast<std::uint64_t>(high - top * kChunk), end);
  return WriteSmallBackward(static_cast<std::uint64_t>(top), end);
}

}  // namespace relance::wide
