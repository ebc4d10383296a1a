"""A reproducible synthetic news corpus: Chinese articles with the same kinds of move sentences as
real ones (titles next to names, coordinated lists, relative dates, joins, poaching, sidelining,
traditional characters), plus the events a reader would find, for benchmarks and recall checks.

    python -m tests.perf.synth OUT_DIR --articles 2000 --seed 0
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏付方邹熊白孟秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏飞宇浩然思远博文彬晨阳凯俊帆瑞泽轩睿琪晓宁子墨雨欣嘉怡佳颖梓涵一诺"
KNOWN = ["百川智能", "智谱", "MiniMax", "月之暗面", "零一万物", "阶跃星辰", "DeepSeek", "字节跳动", "京东", "小米", "阿里巴巴", "腾讯", "百度", "华为", "美团", "快手", "商汤科技", "面壁智能", "出门问问", "生数科技"]
PREFIX = "星云辰光矩阵深度灵犀澜舟极客智源天工云启启明数智元象"
SUFFIX = ["科技", "智能"]
ROLES = ["副总裁", "首席技术官", "首席运营官", "产品负责人", "联合创始人", "技术总监", "首席科学家", "商业化负责人", "算法负责人", "研究院院长"]
FILLER = [
    "业内人士认为，大模型行业正在从参数竞赛转向商业落地，公司对人才结构的要求随之变化。",
    "过去一年，多家创业公司完成新一轮融资，但资本对估值的态度明显趋于审慎。",
    "据了解，该公司近期调整了组织架构，把更多资源投向基础模型研发。",
    "分析师指出，头部公司之间的竞争已经从技术指标延伸到生态和应用层面。",
    "与此前的高歌猛进相比，今年的市场更看重收入和留存等商业指标。",
    "对于上述消息，相关公司未予置评。",
]


@dataclass(frozen=True)
class Truth:
    doc: str
    person: str
    company: str
    event: str
    month: str | None


def _month(d: date, back: int) -> str:
    idx = d.year * 12 + d.month - 1 - back
    return f"{idx // 12:04d}-{idx % 12 + 1:02d}"


class Corpus:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        invented = [a + b + s for a in PREFIX[::2] for b in PREFIX[1::2] for s in SUFFIX]
        self.companies = KNOWN + self.rng.sample(invented, 80)
        self.used: set[str] = set()

    def person(self) -> str:
        while True:
            name = self.rng.choice(SURNAMES) + "".join(self.rng.choice(GIVEN) for _ in range(self.rng.choice((1, 2, 2))))
            if name not in self.used or len(self.used) > 60000:
                self.used.add(name)
                return name

    def article(self, i: int, doc: str) -> tuple[str, list[Truth]]:
        rng = self.rng
        published = date(2023, 1, 1) + timedelta(days=rng.randrange(1000))
        truths: list[Truth] = []
        sentences: list[str] = []
        for _ in range(rng.randint(1, 4)):
            kind = rng.random()
            company, other = rng.sample(self.companies, 2)
            role = rng.choice(ROLES)
            if kind < 0.3:
                back = rng.randint(1, 5)
                p = self.person()
                sentences.append(f"据悉，{company}{role}{p}已于{_month(published, back)[:4]}年{int(_month(published, back)[5:])}月离职。")
                truths.append(Truth(doc, p, company, "departed", _month(published, back)))
            elif kind < 0.45:
                a, b = self.person(), self.person()
                r2 = rng.choice(ROLES)
                when, back = rng.choice([("本月", 0), ("上月", 1), ("去年12月", published.month)])
                sentences.append(f"以{company}为例，{role}{a}、{r2}{b}于{when}离职。")
                truths += [Truth(doc, a, company, "departed", _month(published, back)), Truth(doc, b, company, "departed", _month(published, back))]
            elif kind < 0.6:
                p = self.person()
                sentences.append(f"近日，{company}{role}{p}已经离职，加盟{other}。")
                truths += [Truth(doc, p, company, "departed", _month(published, 0)), Truth(doc, p, other, "joined", _month(published, 0))]
            elif kind < 0.72:
                p = self.person()
                sentences.append(f"有知情人士透露，{company}{role}{p}即将离职，目前正在走内部流程。")
                truths.append(Truth(doc, p, company, "pending", None))
            elif kind < 0.82:
                p = self.person()
                n = rng.randint(2, 6)
                sentences.append(f"{n}个月前，{company}{role}{p}转任公司顾问。")
                truths.append(Truth(doc, p, company, "sidelined", _month(published, n)))
            elif kind < 0.9:
                p = self.person()
                sentences.append(f"去年底，{other}曾尝试挖角{company}{role}{p}，但未能成功。")
                truths.append(Truth(doc, p, company, "poach_attempt", f"{published.year - 1}-12"))
            else:
                names = [self.person() for _ in range(rng.randint(3, 5))]
                sentences.append(f"{company}在过去半年也有{'、'.join(names)}等多位高管相继离职。")
                truths += [Truth(doc, p, company, "departed", None) for p in names]
        paragraphs = []
        for s in sentences:
            paragraphs.append(rng.choice(FILLER) + s + rng.choice(FILLER))
            paragraphs += rng.sample(FILLER, 3)
        body = "\n\n".join(paragraphs)
        title = f"第{i}期：大模型公司人事观察"
        text = f"---\ntitle: {title}\ndate: {published.isoformat()}\nauthor: 合成通讯社\n---\n\n{body}\n"
        if rng.random() < 0.15:
            import opencc

            text = opencc.OpenCC("s2t").convert(text)
        return text, truths


def generate(out_dir: str | Path, n_articles: int, seed: int = 0) -> list[Truth]:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    corpus = Corpus(seed)
    truths: list[Truth] = []
    for i in range(n_articles):
        doc = f"synth_{seed}_{i:06d}"
        text, t = corpus.article(i, doc)
        (out / f"{doc}.md").write_text(text, encoding="utf-8")
        truths += t
    with open(out / "truth.jsonl", "w", encoding="utf-8") as fh:  # not an article suffix: ingest skips it
        for t in truths:
            fh.write(json.dumps(asdict(t), ensure_ascii=False) + "\n")
    return truths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir")
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    truths = generate(args.out_dir, args.articles, args.seed)
    print(f"{args.articles} articles, {len(truths)} events -> {args.out_dir}")


if __name__ == "__main__":
    main()
