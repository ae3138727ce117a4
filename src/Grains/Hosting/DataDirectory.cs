namespace Leitmotif.Grains.Hosting;

/// <summary>The local data folder of the embedded default: grain state and features.</summary>
public static class DataDirectory
{
    /// <summary>Environment variable that overrides the default folder.</summary>
    public const string EnvironmentVariable = "LEITMOTIF_DATA";

    /// <summary><c>$LEITMOTIF_DATA</c> if set, else <c>~/.leitmotif</c>.</summary>
    public static string Default =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".leitmotif");
}
