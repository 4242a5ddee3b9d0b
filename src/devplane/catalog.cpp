#include "catalog.h"

namespace eucora::devplane {

const std::array<Product, 10> &products()
{
    static const std::array<Product, 10> list {{
        {"Microsoft Teams", 35, {"24.1.100", "24.2.205", "24.3.301"}},
        {"Adobe Acrobat Reader", 45, {"23.008.20470", "24.001.20604", "24.002.20687"}},
        {"Google Chrome", 40, {"121.0.6167.85", "122.0.6261.69", "123.0.6312.58"}},
        {"Slack", 30, {"4.36.134", "4.37.94", "4.38.115"}},
        {"Zoom Client", 38, {"5.17.5", "5.17.10", "6.0.2"}},
        {"Visual Studio Code", 32, {"1.86.2", "1.87.0", "1.88.1"}},
        {"CrowdStrike Falcon", 70, {"7.10.18110", "7.11.18203", "7.13.18306"}},
        {"Microsoft Defender", 65, {"4.18.24010", "4.18.24020", "4.18.24030"}},
        {"VPN Client", 55, {"5.1.0", "5.1.2", "5.2.0"}},
        {"SAP GUI", 60, {"7.70.4", "8.00.1", "8.00.3"}},
    }};
    return list;
}

} // namespace eucora::devplane
