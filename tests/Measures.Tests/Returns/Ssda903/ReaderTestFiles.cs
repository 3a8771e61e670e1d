using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Measures.Returns.Ssda903;

namespace Measures.Tests.Returns.Ssda903;

/// <summary>Reads small returns written in the tests, and lists a return's records without where they were read from.</summary>
internal static class ReaderTestFiles
{
    public const string Header = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";
    public const string Episodes = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";
    public const string Missing = "CHILD,DOB,MISSING,MIS_START,MIS_END";

    public static LoadResult<Ssda903Return> Read(Ssda903ReadOptions options, params (string Name, string Text)[] files) =>
        Ssda903Reader.Read(files.Select(f => (f.Name, (Stream)new MemoryStream(Encoding.UTF8.GetBytes(f.Text)))), options);

    public static Ssda903Return Lenient(params (string Name, string Text)[] files) => Read(Ssda903ReadOptions.Lenient, files).Value;

    public static string Lines(params string[] lines) => string.Join("\r\n", lines) + "\r\n";

    /// <summary>Every record of the return, without where it was read from, as text, file by file in order.</summary>
    public static List<string> Records(Ssda903Return value) =>
    [
        .. value.Children.Select(r => (r with { Location = default }).ToString()),
        .. value.Episodes.Select(r => (r with { Location = default }).ToString()),
        .. value.Reviews.Select(r => (r with { Location = default }).ToString()),
        .. value.UnaccompaniedAsylumSeekers.Select(r => (r with { Location = default }).ToString()),
        .. value.HealthOutcomes.Select(r => (r with { Location = default }).ToString()),
        .. value.CareLeaverOutcomes.Select(r => (r with { Location = default }).ToString()),
        .. value.Adoptions.Select(r => (r with { Location = default }).ToString()),
        .. value.PlacedForAdoption.Select(r => (r with { Location = default }).ToString()),
        .. value.PreviousPermanence.Select(r => (r with { Location = default }).ToString()),
        .. value.MissingEpisodes.Select(r => (r with { Location = default }).ToString()),
        .. value.SocialWorkerEpisodes.Select(r => (r with { Location = default }).ToString()),
    ];

    /// <summary>The CSV files of a return, as the writer writes them.</summary>
    public static Dictionary<Ssda903File, byte[]> Write(Ssda903Return value) =>
        value.Files.Order().ToDictionary(f => f, f =>
        {
            using var stream = new MemoryStream();
            Ssda903Writer.Write(value, f, stream);
            return stream.ToArray();
        });
}
