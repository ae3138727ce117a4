using System.Diagnostics;
using System.Reflection;
using Leitmotif.Client.CommandLine;
using Leitmotif.Core.Demo;

namespace Leitmotif.Client.Tests;

/// <summary>The project packed with <c>dotnet pack src/Client</c> and installed with <c>dotnet tool install</c> into a
/// temporary tool path, once for the tests of <see cref="ToolPackageTests"/> (a few minutes: a Release build and 350 MB of
/// native libraries compressed and extracted).</summary>
public sealed class InstalledTool : IDisposable
{
    public InstalledTool()
    {
        Version = InformationalVersion.Split('+')[0];
        var packages = Directory.CreateDirectory(Path.Combine(Root, "packages")).FullName;
        var tools = Path.Combine(Root, "tools");
        // No restore: the test build restored the client already, and a concurrent restore would rewrite its obj folder.
        Run("dotnet", ["pack", Path.Combine(RepositoryRoot(), "src", "Client"), "-c", "Release", "--no-restore", "-o", packages]);
        Run("dotnet", ["tool", "install", "--tool-path", tools, "--add-source", packages, "Leitmotif", "--version", Version]);
        Command = Path.Combine(tools, LeitmotifCommand.Name);
    }

    /// <summary>The client's version as <c>--version</c> prints it: the package version and the commit built.</summary>
    public static string InformationalVersion { get; } =
        typeof(LeitmotifCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

    /// <summary>The package version.</summary>
    public string Version { get; }

    /// <summary>The installed <c>leitmotif</c> command.</summary>
    public string Command { get; }

    /// <summary>A temporary folder for the package, the tool and what the tests write.</summary>
    public string Root { get; } = Directory.CreateTempSubdirectory("leitmotif-tool-").FullName;

    public void Dispose() => Directory.Delete(Root, recursive: true);

    /// <summary>Runs <paramref name="file"/> to its end; throws with its output unless it exits with 0.</summary>
    public static (string Out, string Error) Run(string file, IReadOnlyList<string> arguments)
    {
        var (exitCode, output, error) = RunWithExitCode(file, arguments);
        if (exitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {exitCode}:\n{output}\n{error}");
        return (output, error);
    }

    /// <summary>Runs <paramref name="file"/> to its end (at most 10 minutes).</summary>
    public static (int ExitCode, string Out, string Error) RunWithExitCode(string file, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} did not finish in 10 minutes");
        }
        return (process.ExitCode, output.Result, error.Result);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Orchestration.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"no Orchestration.sln above {AppContext.BaseDirectory}");
    }
}

public sealed class ToolPackageTests(InstalledTool tool) : IClassFixture<InstalledTool>
{
    [Fact]
    public void TheInstalledCommandPrintsItsVersion()
    {
        var (output, _) = InstalledTool.Run(tool.Command, ["--version"]);

        Assert.Equal(InstalledTool.InformationalVersion, output.Trim());
        Assert.StartsWith(tool.Version, output);
    }

    [Fact]
    public void TheInstalledCommandIndexesAndFindsAThemeAndDrawsItsMatch()
    {
        var folder = Path.Combine(tool.Root, "query");
        var demo = DemoCollection.Create(Path.Combine(folder, "demo"));
        var data = Path.Combine(folder, "data");
        var figure = Path.Combine(folder, "match.png");

        InstalledTool.Run(tool.Command, ["index", demo.RecordingsFolder, "--data", data, "--cluster", "embedded"]);
        var (ranking, _) = InstalledTool.Run(tool.Command,
            ["query", Path.Combine(demo.ThemesFolder, "ode_to_joy.mid"), "--data", data, "--top", "3", "--plot", figure]);

        var lines = ranking.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("ode_to_joy.mid", lines[0]);
        Assert.StartsWith("1. ode_to_joy.wav", lines[1].Trim());
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(figure)[..4]);
    }

    [Fact]
    public void TheInstalledCommandLoadsTorchSharpsNativeLibraries()
    {
        // status asks libtorch whether CUDA is available, which loads the native libraries the package carries.
        var (output, _) = InstalledTool.Run(tool.Command, ["status", "--data", Path.Combine(tool.Root, "status")]);

        Assert.Matches("networks run on (CPU|CUDA)", output);
    }
}
