using Leitmotif.Client.Output;

namespace Leitmotif.Client.Tests.Output;

[Collection(ConsoleErrorCollection.Name)]
public sealed class ProgressDisplayTests
{
    [Fact]
    public async Task WhileTheTotalIsUnknownTheStepIsShownInsteadOfCountsThenCountsByTenths()
    {
        (int Done, int Total, string? Step)[] updates =
            [(0, -1, "listing recordings…"), (0, -1, "listing recordings…"), (0, 10, null), (5, 10, "shard p01g0"), (10, 10, "shard p02g0")];
        var lines = new StringWriter();
        var error = Console.Error;
        Console.SetError(lines);
        try
        {
            var last = await ProgressDisplay.FollowAsync("indexing (cens)", updates.ToAsyncEnumerable(), u => u, CancellationToken.None);

            Assert.Equal(updates[^1], last);
        }
        finally
        {
            Console.SetError(error);
        }

        Assert.Equal(["indexing (cens): listing recordings…", "indexing (cens): 0/10", "indexing (cens): 5/10 (shard p01g0)", "indexing (cens): 10/10 (shard p02g0)"],
            lines.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }
}

/// <summary>Tests that replace standard error run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleErrorCollection
{
    public const string Name = "standard error";
}
