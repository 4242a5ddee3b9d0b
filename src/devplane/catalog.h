// The ten products EUCORA's demo seeding deploys (contract 4.3), with their base risk.
#pragma once

#include <array>

namespace eucora::devplane {

struct Product
{
    const char *name;
    int baseRisk;
    std::array<const char *, 3> versions;
};

const std::array<Product, 10> &products();

} // namespace eucora::devplane
