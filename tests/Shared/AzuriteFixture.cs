namespace Leitmotif.Tests.Shared;

/// <summary>
/// One in-memory Azurite per test class. Tests call <see cref="SkipUnlessAvailable"/> first: without Azurite they are skipped
/// with the reason, except under CI (<c>CI=true</c>), where .ci/run installs it and its absence is a failure.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    /// <summary>The running server; null when Azurite is not available.</summary>
    public AzuriteServer? Server { get; private set; }

    /// <summary>Skips the calling test when Azurite is not installed (fails instead under CI).</summary>
    public void SkipUnlessAvailable()
    {
        var reason = AzuriteServer.SkipReason;
        if (reason != null && Environment.GetEnvironmentVariable("CI") == "true")
            throw new InvalidOperationException($"CI must run the Azure Storage tests: {reason}");
        Skip.If(reason != null, reason);
    }

    public async Task InitializeAsync()
    {
        if (AzuriteServer.SkipReason == null) Server = await AzuriteServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (Server != null) await Server.DisposeAsync();
    }
}
