using Leitmotif.Core.Training;

namespace Leitmotif.Core.Tests.Training;

public sealed class TargetKindNamesTests
{
    [Fact]
    public void NamesRoundTripAndParseCaseInsensitively()
    {
        foreach (var kind in Enum.GetValues<TargetKind>()) Assert.Equal(kind, TargetKindNames.TryParse(TargetKindNames.Format(kind)));
        Assert.Equal(TargetKind.Ctc, TargetKindNames.TryParse("CTC"));
        Assert.Null(TargetKindNames.TryParse("mse"));
    }
}
