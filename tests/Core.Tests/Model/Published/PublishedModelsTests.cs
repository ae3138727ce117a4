using Leitmotif.Core.Model.Published;
using Leitmotif.Core.Tests.TestSupport;

namespace Leitmotif.Core.Tests.Model.Published;

public class PublishedModelsTests
{
    [Fact]
    public void TheyAreThePapersTwentyFiveModels()
    {
        string[] v1 = ["train1234valid5", "train123valid4", "train2345valid1", "train234valid5", "train3451valid2", "train345valid1",
                       "train4512valid3", "train451valid2", "train5123valid4", "train512valid3"];
        string[] v2 = ["train123valid4", "train234valid5", "train345valid1", "train451valid2", "train512valid3"];
        var expected = v1.Select(r => $"v1_ctc_{r}")
            .Concat(new[] { "ctc", "linear", "strong" }.SelectMany(loss => v2.Select(r => $"v2_{loss}_{r}")));

        Assert.Equal(expected, PublishedModels.All.Select(m => m.Id));
    }

    [SkippableFact]
    public void ThePinsAreThoseOfTheSharedCopyOfTheRepository()
    {
        Skip.IfNot(SharedData.ModelsFolder != null, SharedData.ModelsMissing);
        var files = PublishedModels.All.SelectMany(m => m.Files).ToList();

        Assert.Equal(Directory.GetFiles(SharedData.ModelsFolder!).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            files.Select(f => f.FileName).Order(StringComparer.Ordinal));
        Assert.All(files, f => Assert.True(f.IsAt(Path.Combine(SharedData.ModelsFolder!, f.FileName)), f.FileName));
        Assert.True(PublishedModels.Licence.IsAt(Path.Combine(SharedData.ModelsFolder!, "..", "LICENSE")));
    }

    [Fact]
    public void OnlyKeepsThePublishedOrder()
    {
        Assert.Equal(["v1_ctc_train123valid4", "v2_strong_train512valid3"],
            PublishedModels.Select(" v2_strong_train512valid3,v1_ctc_train123valid4 ").Select(m => m.Id));
        Assert.Equal(25, PublishedModels.Select(null).Count);
    }

    [Theory]
    [InlineData("v2_ctc_train345valid1,v3_ctc", "--only v3_ctc")]
    [InlineData(",", "--only ,")]
    public void OnlyRefusesWhatIsNotAPublishedModel(string ids, string input)
    {
        var error = Assert.Throws<InputException>(() => PublishedModels.Select(ids));

        Assert.Equal(input, error.Input);
    }
}
