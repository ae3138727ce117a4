using System.Runtime.Intrinsics.X86;
using Leitmotif.Core.Model;

namespace Leitmotif.Core.Tests.Model;

public class CpuOfferTests
{
    [Fact]
    public void TheCurrentOfferAgreesWithTheRuntimesOwnDetection()
    {
        Assert.Equal(Avx2.IsSupported, CpuOffer.Current.Avx2);
        Assert.Equal(Avx512F.IsSupported, CpuOffer.Current.Avx512);
        Assert.True(!CpuOffer.Current.Avx512Bf16 || CpuOffer.Current.Avx512, "AVX512-BF16 implies AVX-512");
    }

    [SkippableFact]
    public void TheCurrentOfferAgreesWithProcCpuinfoOnLinux()
    {
        Skip.IfNot(File.Exists("/proc/cpuinfo"), "no /proc/cpuinfo on this system");
        var flags = File.ReadLines("/proc/cpuinfo").First(l => l.StartsWith("flags", StringComparison.Ordinal)).Split(' ');

        Assert.Equal(flags.Contains("avx512_bf16"), CpuOffer.Current.Avx512Bf16);
        Assert.Equal(flags.Contains("amx_bf16"), CpuOffer.Current.AmxBf16);
        var vendor = File.ReadLines("/proc/cpuinfo").First(l => l.StartsWith("vendor_id", StringComparison.Ordinal)).Split(':')[1].Trim();
        Assert.Equal(vendor == "AuthenticAMD", CpuOffer.Current.Amd);
    }

    [Theory]
    [InlineData(0x68747541, 0x444D4163, 0x69746E65, "AuthenticAMD")]
    [InlineData(0x756E6547, 0x6C65746E, 0x49656E69, "GenuineIntel")]
    public void TheVendorIsSpelledFromEbxEdxEcx(int ebx, int ecx, int edx, string expected)
    {
        Assert.Equal(expected, CpuOffer.Vendor(ebx, ecx, edx));
    }

    [Theory]
    [InlineData(true, true, true, true, "AVX2 AVX-512 AVX512-BF16 AMX-BF16")]
    [InlineData(true, true, true, false, "AVX2 AVX-512 AVX512-BF16")]
    [InlineData(true, false, false, false, "AVX2")]
    [InlineData(false, false, false, false, "none of AVX2/AVX-512")]
    public void TheOfferIsPrintedByName(bool avx2, bool avx512, bool bf16, bool amx, string expected)
    {
        Assert.Equal(expected, new CpuOffer(avx2, avx512, bf16, amx).ToString());
    }
}
