using Leitmotif.Core;
using Leitmotif.Core.Model;
using Leitmotif.Core.Training;

namespace Leitmotif.Core.Tests.Training;

public class TrainingPrecisionTests
{
    private static readonly CpuOffer SapphireRapids = new(Avx2: true, Avx512: true, Avx512Bf16: true, AmxBf16: true);
    private static readonly CpuOffer Zen5 = new(Avx2: true, Avx512: true, Avx512Bf16: true, AmxBf16: false);
    private static readonly CpuOffer Zen3 = new(Avx2: true, Avx512: false, Avx512Bf16: false, AmxBf16: false);

    [Fact]
    public void TrainingDefaultsToBf16OnlyWhereTheCpuHasAmx()
    {
        Assert.Equal(InferencePrecision.Bf16, TrainingPrecision.Choose(null, SapphireRapids, cuda: false));
        Assert.Equal(InferencePrecision.Fp32, TrainingPrecision.Choose(null, Zen5, cuda: false));
        Assert.Equal(InferencePrecision.Fp32, TrainingPrecision.Choose(null, Zen3, cuda: false));
    }

    [Fact]
    public void Bf16TrainingIsGrantedWithAmxOrAGpuAndRefusedWithoutInOneLine()
    {
        Assert.Equal(InferencePrecision.Bf16, TrainingPrecision.Choose(InferencePrecision.Bf16, SapphireRapids, cuda: false));
        Assert.Equal(InferencePrecision.Bf16, TrainingPrecision.Choose(InferencePrecision.Bf16, Zen3, cuda: true));
        Assert.Equal(InferencePrecision.Fp32, TrainingPrecision.Choose(InferencePrecision.Fp32, SapphireRapids, cuda: false));
        var error = Assert.Throws<InputException>(() => TrainingPrecision.Choose(InferencePrecision.Bf16, Zen5, cuda: false));
        Assert.StartsWith("--precision bf16: bf16 training needs AMX-BF16 (this CPU offers AVX2 AVX-512 AVX512-BF16)", error.Message);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Throws<InputException>(() => TrainingPrecision.Choose(InferencePrecision.Bf16, Zen3, cuda: false));
    }

    [Fact]
    public void OnlyBf16WithAmxTrainsOnChannelsLastInput()
    {
        Assert.True(TrainingPrecision.ChannelsLast(InferencePrecision.Bf16, SapphireRapids));
        Assert.False(TrainingPrecision.ChannelsLast(InferencePrecision.Bf16, Zen5));
        Assert.False(TrainingPrecision.ChannelsLast(InferencePrecision.Fp32, SapphireRapids));
    }
}
