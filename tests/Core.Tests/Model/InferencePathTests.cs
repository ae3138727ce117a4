using Leitmotif.Core.Model;

namespace Leitmotif.Core.Tests.Model;

public class InferencePathTests
{
    private static readonly CpuOffer Zen3 = new(Avx2: true, Avx512: false, Avx512Bf16: false);
    private static readonly CpuOffer Zen4 = new(Avx2: true, Avx512: true, Avx512Bf16: true, Amd: true);
    private static readonly CpuOffer XeonWithoutAmx = new(Avx2: true, Avx512: true, Avx512Bf16: true, AmxBf16: false, Amd: false);
    private static readonly CpuOffer XeonWithAmx = new(Avx2: true, Avx512: true, Avx512Bf16: true, AmxBf16: true, Amd: false);

    [Fact]
    public void WithoutNativeBf16TheDefaultIsFp32()
    {
        var path = InferencePath.Choose(null, Zen3, cuda: false);

        Assert.Equal(new InferencePath(InferencePrecision.Fp32), path);
        Assert.Equal("torchsharp-fp32", path.Name);
    }

    [Fact]
    public void WhereBf16RunsFasterTheDefaultIsBf16()
    {
        var path = InferencePath.Choose(null, Zen4, cuda: false);

        Assert.Equal(new InferencePath(InferencePrecision.Bf16), path);
        Assert.Equal("torchsharp-bf16", path.Name);
        Assert.Equal(InferencePrecision.Bf16, InferencePath.Choose(null, XeonWithAmx, cuda: false).Precision);
    }

    [Fact]
    public void OnAnIntelCpuWithoutAmxTheDefaultIsFp32ButBf16IsGrantedWhenAskedFor()
    {
        Assert.Equal(InferencePrecision.Fp32, InferencePath.Choose(null, XeonWithoutAmx, cuda: false).Precision);
        Assert.Equal(InferencePrecision.Bf16, InferencePath.Choose(InferencePrecision.Bf16, XeonWithoutAmx, cuda: false).Precision);
    }

    [Fact]
    public void Fp32AskedForOnANativeBf16CpuIsGranted()
    {
        Assert.Equal(InferencePrecision.Fp32, InferencePath.Choose(InferencePrecision.Fp32, Zen4, cuda: false).Precision);
    }

    [Fact]
    public void Bf16WithoutNativeBf16IsRefusedInOneLineNamingWhatTheCpuOffers()
    {
        var error = Assert.Throws<InputException>(() => InferencePath.Choose(InferencePrecision.Bf16, Zen3, cuda: false));

        Assert.Equal("--precision bf16: this CPU has no native BF16 (it offers AVX2); use --precision fp32", error.Message);
    }

    [Theory]
    [InlineData(null, InferencePrecision.Fp32)]
    [InlineData(InferencePrecision.Bf16, InferencePrecision.Bf16)]
    public void OnCudaTheNetworkRunsInThePrecisionAskedFor(InferencePrecision? requested, InferencePrecision expected)
    {
        Assert.Equal(new InferencePath(expected), InferencePath.Choose(requested, Zen3, cuda: true));
    }

    [Fact]
    public void Bf16IsOfferedOnlyWithNativeBf16OrAGpu()
    {
        Assert.Equal([InferencePrecision.Fp32], InferencePath.Offered(Zen3, cuda: false));
        Assert.Equal([InferencePrecision.Fp32, InferencePrecision.Bf16], InferencePath.Offered(Zen4, cuda: false));
        Assert.Equal([InferencePrecision.Fp32, InferencePrecision.Bf16], InferencePath.Offered(Zen3, cuda: true));
    }

    [Theory]
    [InlineData("fp32", InferencePrecision.Fp32)]
    [InlineData("BF16", InferencePrecision.Bf16)]
    public void PrecisionNamesAreRead(string value, InferencePrecision expected)
    {
        Assert.Equal(expected, InferencePath.ParsePrecision(value));
    }

    [Fact]
    public void AnUnknownPrecisionIsRefused()
    {
        Assert.Equal("--precision fp16: expected fp32 or bf16",
            Assert.Throws<InputException>(() => InferencePath.ParsePrecision("fp16")).Message);
    }
}
