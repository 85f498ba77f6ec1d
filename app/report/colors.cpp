#include "report/colors.h"

#include <cstdlib>

namespace report {

QColor optionColor(const core::Comparison &c, int option)
{
    static const QRgb okabeIto[] = {0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7,
                                    0x56B4E9, 0xD55E00, 0xF0E442, 0x999999};
    if (option >= 0 && option < c.optionCount()) {
        const QColor own = QColor::fromString(c.options[option].color);
        if (own.isValid())
            return own;
    }
    return QColor::fromRgb(okabeIto[std::abs(option) % 8]);
}

QColor seriesColor(int index)
{
    static const QRgb colors[] = {0x4E79A7, 0xF28E2B, 0xE15759, 0x76B7B2, 0x59A14F, 0xEDC948, 0xB07AA1,
                                  0xFF9DA7, 0x9C755F, 0xBAB0AC, 0xA0CBE8, 0xFFBE7D, 0xFF9D9A, 0x86BCB6,
                                  0x8CD17D, 0xF1CE63, 0xD4A6C8, 0xFABFD2, 0xD7B5A6, 0x79706E};
    return QColor::fromRgb(colors[std::abs(index) % 20]);
}

} // namespace report
