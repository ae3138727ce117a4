namespace Leitmotif.Hosting;

/// <summary>The local data folder of the embedded default: grain state and features.</summary>
public static class DataDirectory
{
    /// <summary>Environment variable that overrides the default folder.</summary>
    public const string EnvironmentVariable = "LEITMOTIF_DATA";

    /// <summary>Environment variable that overrides the default models folder.</summary>
    public const string ModelsEnvironmentVariable = "LEITMOTIF_MODELS";

    /// <summary>The models folder: <c>$LEITMOTIF_MODELS</c> if set, else <c>&lt;data&gt;/models</c>.</summary>
    public static string Models(string dataDirectory) =>
        Environment.GetEnvironmentVariable(ModelsEnvironmentVariable) is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : Path.Combine(dataDirectory, "models");

    /// <summary><c>$LEITMOTIF_DATA</c> if set, else <c>~/.leitmotif</c>.</summary>
    public static string Default =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".leitmotif");
}
